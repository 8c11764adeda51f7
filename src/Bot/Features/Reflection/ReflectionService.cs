using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// A teacher's side of a round: open the form, send it in, see the receipt. A note is committed, with
/// the count update and its filing, before anything says "received" (design decision 4).
/// </summary>
public sealed class ReflectionService(
    Database database,
    RoundStore store,
    IOutbox outbox,
    ReflectionCountRefresher counts,
    ReflectionNoteFiling filing,
    RoundMembership membership,
    TimeProvider time,
    ILogger<ReflectionService> logger)
{
    private const int SaveAttempts = 3;

    /// <summary>The form, pre-filled with the person's latest answer; or why they cannot answer now.</summary>
    public async Task<ReflectionReply> OpenAsync(Activity activity, string? roundId, ReflectionFormSurface surface, CancellationToken cancellationToken)
    {
        var (round, user) = await RoundOfAsync(activity, roundId, cancellationToken);
        if (round is null)
        {
            return ReflectionReply.Refused(ReflectionTexts.RoundNotFound);
        }

        var own = await OwnAsync(round, user.Id, cancellationToken);
        var now = time.GetUtcNow();
        var window = CollectionRules.CanSubmit(round.Round, user.Id, now);
        if (!window.Allows())
        {
            return own?.LatestDelivered is not null && window == SubmitWindow.Locked
                ? ReflectionReply.Show(ReflectionReceiptCard.Build(ReflectionViews.Receipt(round, own, now)))
                : ReflectionReply.Refused(Refusal(round, window));
        }

        var answers = own?.Latest?.Answers ?? new Dictionary<string, string>();
        return ReflectionReply.ShowForm(ReflectionFormCard.Build(ReflectionViews.Form(round, answers, [], surface)));
    }

    /// <summary>Saves a submitted form as a new version, or gives it back with the errors and nothing typed lost.</summary>
    public async Task<ReflectionReply> SubmitAsync(Activity activity, ReflectionFormSurface surface, ReceiptDelivery delivery, CancellationToken cancellationToken)
    {
        var (round, user) = await RoundOfAsync(activity, SubmitData.Field(activity.Value, ReflectionFields.RoundId), cancellationToken);
        if (round is null)
        {
            return ReflectionReply.Refused(ReflectionTexts.RoundNotFound);
        }

        var window = CollectionRules.CanSubmit(round.Round, user.Id, time.GetUtcNow());
        if (!window.Allows())
        {
            ReflectionLog.NoteRefused(logger, round.Id, window.ToString());
            return ReflectionReply.Refused(Refusal(round, window));
        }

        var parsed = ReflectionSubmission.Parse(activity.Value ?? default, ReflectionViews.Questions(round.Round.Form));
        if (!parsed.IsValid)
        {
            ReflectionLog.NoteInvalid(logger, round.Id, parsed.Errors.Count);
            return ReflectionReply.Invalid(ReflectionFormCard.Build(ReflectionViews.Form(round, parsed.Typed, parsed.Errors, surface)));
        }

        var typed = parsed.Typed.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveAsync(activity, round, user, typed, surface, delivery, cancellationToken);
            }
            catch (DbException ex) when (attempt < SaveAttempts && IsRaceLost(ex))
            {
                ReflectionLog.SaveConflict(logger, round.Id, attempt);
            }
        }
    }

    /// <summary>The author's receipt as it stands now (for the receipt card's refresh and «mine notater»).</summary>
    public async Task<ReflectionReply> ReceiptAsync(Activity activity, string? roundId, CancellationToken cancellationToken)
    {
        var (round, user) = await RoundOfAsync(activity, roundId, cancellationToken);
        if (round is null)
        {
            return ReflectionReply.Refused(ReflectionTexts.RoundNotFound);
        }

        var own = await OwnAsync(round, user.Id, cancellationToken);
        return own?.LatestDelivered is null
            ? await OpenAsync(activity, roundId, ReflectionFormSurface.Inline, cancellationToken)
            : ReflectionReply.Show(ReflectionReceiptCard.Build(ReflectionViews.Receipt(round, own, time.GetUtcNow())));
    }

    /// <summary>«Mine notater»: the person's own notes, newest round first; nobody else's are ever read here.</summary>
    public async Task<JsonObject> OwnNotesAsync(Activity activity, CancellationToken cancellationToken)
    {
        var tenantId = activity.TenantId ?? "";
        var own = await store.OwnSubmissionsAsync(tenantId, activity.From?.Id ?? "", cancellationToken);
        var notes = new List<ReflectionOwnNote>();
        foreach (var submission in own)
        {
            if (await store.RoundAsync(tenantId, submission.RoundId, cancellationToken) is { } round && ReflectionNoteForm.Owns(round))
            {
                notes.Add(ReflectionViews.OwnNote(round, submission));
            }
        }

        return ReflectionOwnNotesCard.Build(notes);
    }

    /// <summary>The round the person should answer next: open, not yet delivered, nearest deadline first.</summary>
    public async Task<string?> NextOpenRoundAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var now = time.GetUtcNow();
        var rounds = await store.RoundsOfMemberAsync(activity.TenantId ?? "", user.Id, user.EntraObjectId, 20, cancellationToken);
        var open = rounds.Where(ReflectionNoteForm.Owns).Where(r => CollectionRules.CanSubmit(r.Round, user.Id, now).Allows()).OrderBy(r => r.Round.Deadline).ToList();
        foreach (var round in open)
        {
            if ((await OwnAsync(round, user.Id, cancellationToken))?.LatestDelivered is null)
            {
                return round.Id;
            }
        }

        return open.Count > 0 ? open[0].Id : null;
    }

    private async Task<ReflectionReply> SaveAsync(Activity activity, RoundRecord round, ChannelAccount user,
        IReadOnlyDictionary<string, string?> typed, ReflectionFormSurface surface, ReceiptDelivery delivery, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var outcome = await database.InTransactionAsync(async (c, t) =>
        {
            var own = await RoundStore.OwnSubmissionAsync(c, t, round.TenantId, round.Id, user.Id);
            var outcome = SubmissionRules.Save(round.Round, own, user.Id, typed, SaveKind.Deliver, now);
            if (outcome.Status != SaveStatus.Saved)
            {
                return outcome;
            }

            // A redelivered activity (Teams retries an invoke it got no answer to) or a double click sends
            // the same answers again: that note is saved and its receipt and count are queued already.
            if (own?.Latest is { IsDraft: false } latest && SameAnswers(latest.Answers, outcome.Answers))
            {
                return outcome with { Submission = own };
            }

            var saved = outcome.Submission!;
            await RoundStore.AppendAsync(c, t, saved, round.NameOf(user.Id) ?? user.Name ?? user.Id);
            await filing.EnqueueAsync(c, t, round, saved, cancellationToken);
            var receipt = OutgoingActivities.Card(ReflectionReceiptCard.Build(ReflectionViews.Receipt(round, saved, now)));
            var key = $"receipt:{round.Id}:{user.Id}:{saved.Latest!.Number}";
            await outbox.EnqueueAsync(c, t, delivery == ReceiptDelivery.ReplaceSubmittedCard && activity.ReplyToId is not null
                ? Replies.Replacing(activity, receipt, key)
                : Replies.Privately(activity, receipt, key), cancellationToken);
            return outcome;
        }, cancellationToken);
        outbox.NotifyCommitted();
        filing.NotifyCommitted();
        if (outcome.Status == SaveStatus.Saved)
        {
            // The post's count is counted after commit, outside this transaction (see the refresher).
            counts.Changed(round);
        }

        switch (outcome.Status)
        {
            case SaveStatus.Refused:
                ReflectionLog.NoteRefused(logger, round.Id, outcome.Window.ToString());
                return ReflectionReply.Refused(Refusal(round, outcome.Window));
            case SaveStatus.Invalid:
                ReflectionLog.NoteInvalid(logger, round.Id, outcome.Errors.Count);
                return ReflectionReply.Invalid(ReflectionFormCard.Build(ReflectionViews.Form(round, outcome.Answers,
                    ReflectionViews.Errors(round.Round.Form, outcome.Errors), surface)));
        }

        var submission = outcome.Submission!;
        var version = submission.Latest!;
        ReflectionLog.NoteSaved(logger, round.Id, version.Number, version.IsLate);
        return ReflectionReply.Saved(ReflectionReceiptCard.Build(ReflectionViews.Receipt(round, submission, now)),
            ReflectionTexts.Received(NorwegianDates.Instant(version.SavedAt)));
    }

    private async Task<(RoundRecord? Round, ChannelAccount User)> RoundOfAsync(Activity activity, string? roundId, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        if (string.IsNullOrWhiteSpace(roundId) || string.IsNullOrWhiteSpace(user.Id))
        {
            return (null, user);
        }

        var round = await store.RoundAsync(activity.TenantId ?? "", roundId, cancellationToken);
        return (round is null || !ReflectionNoteForm.Owns(round) ? null : await membership.EnsureAsync(round, user, cancellationToken), user);
    }

    private Task<Submission?> OwnAsync(RoundRecord round, string userId, CancellationToken cancellationToken) =>
        store.SubmissionOfAsync(round.TenantId, round.Id, userId, cancellationToken);

    private static bool SameAnswers(IReadOnlyDictionary<string, string> saved, IReadOnlyDictionary<string, string> typed) =>
        saved.Count == typed.Count && saved.All(a => typed.TryGetValue(a.Key, out var t) && string.Equals(a.Value, t, StringComparison.Ordinal));

    private static string Refusal(RoundRecord round, SubmitWindow window) => window switch
    {
        SubmitWindow.NotInRound => ReflectionTexts.NotInRound,
        SubmitWindow.NotOpenYet => ReflectionTexts.NotOpenYet,
        _ => ReflectionTexts.Locked(NorwegianDates.Instant(round.Round.LatePolicy.HardClose ?? round.Round.Deadline)),
    };

    // Two saves of one note at once (a double click on two devices) both take the next version number;
    // the loser retries and becomes the version after.
    private static bool IsRaceLost(DbException ex) =>
        ex is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure }
        || ex is SqliteException { SqliteErrorCode: 19 or 5 };
}
