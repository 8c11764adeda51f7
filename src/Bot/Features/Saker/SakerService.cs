using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// A participant's side: open the sak form, send it in or change it until the deadline, see the
/// receipt. A sak is committed, with the count on the call post and the receipt, before anything says
/// "mottatt".
/// </summary>
public sealed class SakerService(
    SakerRounds rounds,
    SakerRoster roster,
    SakerCallUpdates counts,
    IOutbox outbox,
    TimeProvider time,
    ILogger<SakerService> logger)
{
    public async Task<SakerReply> OpenAsync(Activity activity, string? roundId, FormCardSurface surface, CancellationToken cancellationToken)
    {
        var (round, user) = await RoundOfAsync(activity, roundId, cancellationToken);
        if (round is null)
        {
            return SakerReply.Say(SakerTexts.RoundNotFound);
        }

        var own = await rounds.OwnAsync(round, user.Id, cancellationToken);
        var window = SakerRounds.Window(round, user.Id, time.GetUtcNow());
        if (window != SakerWindow.Open)
        {
            return own is not null && window == SakerWindow.Closed
                ? SakerReply.Show(await ReceiptCardAsync(round, own, user.Id, cancellationToken))
                : SakerReply.Say(Refusal(round, window));
        }

        var saker = await rounds.SakerAsync(round, cancellationToken);
        return SakerReply.Form(FormCard.Build(SakerViews.Form(round, saker, own, surface)));
    }

    public async Task<SakerReply> SubmitAsync(Activity activity, FormCardSurface surface, SakerReceiptDelivery delivery, CancellationToken cancellationToken)
    {
        var (round, user) = await RoundOfAsync(activity, SubmitData.Field(activity.Value, SakerVerbs.RoundId), cancellationToken);
        if (round is null)
        {
            return SakerReply.Say(SakerTexts.RoundNotFound);
        }

        var now = time.GetUtcNow();
        var window = SakerRounds.Window(round, user.Id, now);
        if (window != SakerWindow.Open)
        {
            SakerLog.SakRefused(logger, round.Id, window.ToString());
            return SakerReply.Say(Refusal(round, window));
        }

        var saker = await rounds.SakerAsync(round, cancellationToken);
        var own = saker.FirstOrDefault(s => string.Equals(s.AuthorId, user.Id, StringComparison.OrdinalIgnoreCase));
        var form = SakerViews.Form(round, saker, own, surface);
        var parsed = FormCardSubmission.Parse(activity.Value ?? default, form);
        if (!parsed.IsValid)
        {
            SakerLog.SakInvalid(logger, round.Id, parsed.Errors.Count);
            return SakerReply.Form(FormCard.Build(parsed.ShowAgain(form)));
        }

        var saved = await rounds.SaveAsync(round, user.Id, round.NameOf(user.Id), parsed.AnswerTexts(), now, async (c, t, sak, count, first) =>
        {
            if (first)
            {
                await counts.EnqueueAsync(c, t, round, count, cancellationToken);
            }

            var titles = saker.Where(s => !string.Equals(s.AuthorId, sak.AuthorId, StringComparison.OrdinalIgnoreCase)).Append(sak).OrderBy(s => s.SubmittedAt).ToList();
            var receipt = OutgoingActivities.Card(SakerReceiptCard.Build(SakerViews.Receipt(round, sak, titles, editable: true, user.Id)));
            var key = $"saker-receipt:{round.Id}:{user.Id}:{sak.Version}";
            await outbox.EnqueueAsync(c, t, delivery == SakerReceiptDelivery.ReplaceSubmittedCard && activity.ReplyToId is not null
                ? Replies.Replacing(activity, receipt, key)
                : Replies.Privately(activity, receipt, key), cancellationToken);
            SakerLog.SakSaved(logger, round.Id, sak.Version, count);
        }, cancellationToken);
        outbox.NotifyCommitted();

        switch (saved.Status)
        {
            case SakerSaveStatus.Closed:
                return SakerReply.Say(Refusal(round, SakerWindow.Closed));
            case SakerSaveStatus.Invalid:
                // The card's checks passed but the engine's did not (they agree today): show the form again, nothing lost.
                return SakerReply.Form(FormCard.Build(parsed.ShowAgain(form) with { Notice = new FormCardNotice(FormCardTexts.FixErrors, FormCardTone.Attention) }));
            case SakerSaveStatus.Unchanged:
                return SakerReply.Say(SakerTexts.Unchanged(NorwegianDates.Instant(saved.Sak!.SavedAt)));
        }

        var fresh = await rounds.SakerAsync(round, cancellationToken);
        return SakerReply.Saved(SakerReceiptCard.Build(SakerViews.Receipt(round, saved.Sak!, fresh, editable: true, user.Id)),
            SakerTexts.Received(NorwegianDates.Instant(saved.Sak!.SavedAt)));
    }

    /// <summary>The author's receipt as it stands now (the receipt's refresh); the form when they have no sak yet.</summary>
    public async Task<SakerReply> ReceiptAsync(Activity activity, string? roundId, CancellationToken cancellationToken)
    {
        var (round, user) = await RoundOfAsync(activity, roundId, cancellationToken);
        if (round is null)
        {
            return SakerReply.Say(SakerTexts.RoundNotFound);
        }

        var own = await rounds.OwnAsync(round, user.Id, cancellationToken);
        return own is null
            ? await OpenAsync(activity, roundId, FormCardSurface.Inline, cancellationToken)
            : SakerReply.Show(await ReceiptCardAsync(round, own, user.Id, cancellationToken));
    }

    /// <summary>The round, with the person joined to it if Teams lists them in the team now.</summary>
    public async Task<(SakerRound? Round, ChannelAccount User)> RoundOfAsync(Activity activity, string? roundId, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        if (string.IsNullOrWhiteSpace(user.Id) || await rounds.RoundAsync(activity.TenantId ?? "", roundId, cancellationToken) is not { } round)
        {
            return (null, user);
        }

        if (round.IsMember(user.Id) || await roster.MemberAsync(round.ServiceUrl, round.TeamId, user.Id, cancellationToken) is not { } person)
        {
            return (round, user);
        }

        SakerLog.JoinedLate(logger, round.Id);
        return (await rounds.JoinAsync(round, person, cancellationToken), user);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> ReceiptCardAsync(SakerRound round, Sak own, string userId, CancellationToken cancellationToken)
    {
        var saker = await rounds.SakerAsync(round, cancellationToken);
        var editable = SakerRounds.Window(round, userId, time.GetUtcNow()) == SakerWindow.Open;
        return SakerReceiptCard.Build(SakerViews.Receipt(round, own, saker, editable, userId));
    }

    private static string Refusal(SakerRound round, SakerWindow window) => window switch
    {
        SakerWindow.NotInRound => SakerTexts.NotInRound,
        SakerWindow.NotOpenYet => SakerTexts.NotOpenYet,
        _ => SakerTexts.Closed(SakerViews.Deadline(round)),
    };
}
