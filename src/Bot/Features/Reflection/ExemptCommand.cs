using System.Text.RegularExpressions;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// <c>fritak @Ola Hansen [«round title»] [sykemeldt|permisjon|annet]</c> (a round's leader): Ola is excused
/// from the named round (part of its title, in quotes) or else the newest open round of any kind the leader
/// leads and has Ola in it, is no longer counted or chased, and
/// the status card shows why; the same again takes it back. The person comes from the Teams mention (its
/// id), never from the typed name.
/// </summary>
public sealed partial class ExemptCommand(
    RoundStore store,
    Database database,
    ReflectionCountUpdates counts,
    Replies replies,
    TimeProvider time) : IMessageCommand
{
    public bool Matches(string text) => Verb().IsMatch(text);

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var leader = activity.From ?? new ChannelAccount();
        var mentioned = (activity.Entities ?? [])
            .Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase) && e.Mentioned is not null
                && e.Mentioned.Id != activity.Recipient?.Id)
            .Select(e => e.Mentioned!)
            .ToList();
        if (mentioned.Count != 1)
        {
            await replies.ReplyTextAsync(activity, ReflectionTexts.ExemptHowTo, cancellationToken);
            return;
        }

        var person = mentioned[0];
        var now = time.GetUtcNow();
        var rounds = await store.RoundsLedByAsync(activity.TenantId ?? "", leader.Id, leader.EntraObjectId, 20, cancellationToken);
        var named = RoundNamed(text);
        var round = rounds.FirstOrDefault(r => CollectionRules.CanSubmit(r.Round, person.Id, now).Allows()
            && (r.Round.Participants.Contains(person.Id) || r.Round.Exempt.Contains(person.Id))
            && (named is null || r.Title.Contains(named, StringComparison.CurrentCultureIgnoreCase)));
        if (round is null)
        {
            await replies.ReplyTextAsync(activity, ReflectionTexts.ExemptNoRound(person.Name ?? ""), cancellationToken);
            return;
        }

        var exempt = !round.Round.Exempt.Contains(person.Id);
        var reason = ExemptReasons.Parse(text);
        var name = round.NameOf(person.Id) ?? person.Name ?? person.Id;
        await database.InTransactionAsync(async (c, t) =>
        {
            await store.SetExemptAsync(c, t, round, person.Id, exempt);
            await (exempt
                ? ExemptReasons.SetAsync(c, t, round.Id, person.Id, reason, leader.Id, now)
                : ExemptReasons.RemoveAsync(c, t, round.Id, person.Id));
            if (ReflectionNoteForm.Owns(round))
            {
                // Only reflection rounds show a count of people on their channel post.
                var updated = await RoundStore.RoundAsync(c, t, round.TenantId, round.Id) ?? round;
                await counts.EnqueueAsync(c, t, updated, await RoundStore.SubmittedCountAsync(c, t, round.Id), cancellationToken);
            }
        }, cancellationToken);
        await replies.ReplyTextAsync(activity, exempt ? ReflectionTexts.Exempted(name, round.Title, reason) : ReflectionTexts.ExemptRemoved(name, round.Title), cancellationToken);
    }

    /// <summary>The round named in quotes (<c>«Uke 12»</c> or <c>"Uke 12"</c>), if any: part of its title.</summary>
    private static string? RoundNamed(string text) =>
        Quoted().Match(text) is { Success: true } m && m.Groups[1].Value.Trim() is { Length: > 0 } title ? title : null;

    [GeneratedRegex("[«\"](.+?)[»\"]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^fritak\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();
}
