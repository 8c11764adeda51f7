using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// A round's people were fixed from the roster when it opened. Someone who is in the team now but was
/// not then (a new teacher, or a roster Teams could not give) joins when they first open or send the
/// form; Teams' roster decides, never what they typed.
/// </summary>
public sealed class RoundMembership(RoundStore store, TeamRoster roster, IOptionsMonitor<LeaderOptions> leaders, ILogger<RoundMembership> logger)
{
    public async Task<RoundRecord> EnsureAsync(RoundRecord round, ChannelAccount user, CancellationToken cancellationToken)
    {
        if (round.Round.IsMember(user.Id) || round.Round.Exempt.Contains(user.Id) || string.IsNullOrWhiteSpace(user.Id))
        {
            return round;
        }

        var member = await roster.MemberAsync(round.ServiceUrl, round.TeamId, user.Id, cancellationToken);
        if (member is null)
        {
            return round;
        }

        var isLeader = leaders.CurrentValue.Leads(member);
        await store.AddPersonAsync(round.Id, new RoundPerson(user.Id, isLeader ? RoundRole.Leader : RoundRole.Participant,
            member.EntraObjectId, member.Name ?? user.Name ?? user.Id), cancellationToken);
        ReflectionLog.JoinedLate(logger, round.Id);
        return await store.RoundAsync(round.TenantId, round.Id, cancellationToken) ?? round;
    }
}
