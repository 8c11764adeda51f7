using System.Text.RegularExpressions;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// <c>fritak @Ola Hansen [sykemeldt|permisjon|annet]</c> (a round's leader): Ola is excused from the
/// newest open round of any kind the leader leads and has Ola in it, is no longer counted or chased, and
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
            await replies.ReplyTextAsync(activity, ReflectionReplyTexts.ExemptHowTo, cancellationToken);
            return;
        }

        var person = mentioned[0];
        var now = time.GetUtcNow();
        var rounds = await store.RoundsLedByAsync(activity.TenantId ?? "", leader.Id, leader.EntraObjectId, 20, cancellationToken);
        var round = rounds.FirstOrDefault(r => CollectionRules.CanSubmit(r.Round, person.Id, now).Allows()
            && (r.Round.Participants.Contains(person.Id) || r.Round.Exempt.Contains(person.Id)));
        if (round is null)
        {
            await replies.ReplyTextAsync(activity, ReflectionReplyTexts.ExemptNoRound(person.Name ?? ""), cancellationToken);
            return;
        }

        var exempt = !round.Round.Exempt.Contains(person.Id);
        var name = round.NameOf(person.Id) ?? person.Name ?? person.Id;
        await database.InTransactionAsync(async (c, t) =>
        {
            await store.SetExemptAsync(c, t, round, person.Id, exempt);
            await (exempt
                ? ExemptReasons.SetAsync(c, t, round.Id, person.Id, ExemptReasons.Parse(text), leader.Id, now)
                : ExemptReasons.RemoveAsync(c, t, round.Id, person.Id));
            if (ReflectionNoteForm.Owns(round))
            {
                // Only reflection rounds show a count of people on their channel post.
                var updated = await RoundStore.RoundAsync(c, t, round.TenantId, round.Id) ?? round;
                await counts.EnqueueAsync(c, t, updated, await RoundStore.SubmittedCountAsync(c, t, round.Id), cancellationToken);
            }
        }, cancellationToken);
        await replies.ReplyTextAsync(activity, exempt ? ReflectionReplyTexts.Exempted(name, round.Title, ExemptReasons.Parse(text)) : ReflectionReplyTexts.ExemptRemoved(name, round.Title), cancellationToken);
    }

    [GeneratedRegex(@"^fritak\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();
}
