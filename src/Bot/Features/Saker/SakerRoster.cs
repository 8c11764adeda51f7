using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// Who is in the channel's team, from Teams' roster: members may submit, owners and configured
/// coordinators lead. When Teams cannot answer, the round opens with the coordinators and people join
/// when they first open the form (<see cref="MemberAsync"/>).
/// </summary>
public sealed class SakerRoster(IConnectorClient connector, IOptionsMonitor<LeaderOptions> leaders, ILogger<SakerRoster> logger)
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<SakerPerson>> PeopleAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var options = leaders.CurrentValue;
        var people = new List<SakerPerson>();
        try
        {
            string? continuation = null;
            do
            {
                var page = await connector.GetPagedMembersAsync(serviceUrl, teamId, PageSize, continuation, cancellationToken);
                people.AddRange(page.Members.Select(m => Person(m, options)));
                continuation = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
            }
            while (continuation is not null);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            SakerLog.RosterUnavailable(logger, teamId, ex);
        }

        // Coordinators outside the team still lead the meeting's saker; they are matched by Entra id.
        var inTeam = people.Select(p => p.AadObjectId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        people.AddRange(options.AadObjectIds.Where(aad => !inTeam.Contains(aad)).Select(aad => new SakerPerson("aad:" + aad, true, aad, aad)));
        return people;
    }

    /// <summary>The person as Teams lists them in the team now; null when they are not in it or Teams cannot say.</summary>
    public async Task<SakerPerson?> MemberAsync(string serviceUrl, string teamId, string userId, CancellationToken cancellationToken)
    {
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, teamId, userId, cancellationToken);
            return Person(member, leaders.CurrentValue);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            SakerLog.RosterUnavailable(logger, teamId, ex);
            return null;
        }
    }

    private static SakerPerson Person(ChannelAccount member, LeaderOptions options) =>
        new(member.Id, options.Leads(member), member.EntraObjectId, member.Name ?? member.Id);
}
