using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// The leaders' side of a round: read every note, pick some for plenum, get the whole round as one
/// Word document. Who leads a round was fixed from the roster and configuration when it opened.
/// </summary>
public sealed class ReflectionLeaderService(
    Database database,
    RoundStore store,
    ReflectionNoteFiling filing,
    TimeProvider time,
    ILogger<ReflectionLeaderService> logger)
{
    private const int ListedRounds = 10;

    public async Task<ReflectionReply> RoundListAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var rounds = (await store.RoundsLedByAsync(activity.TenantId ?? "", user.Id, user.EntraObjectId, ListedRounds, cancellationToken)).Where(ReflectionNoteForm.Owns).ToList();
        if (rounds.Count == 0)
        {
            return ReflectionReply.Refused(ReflectionTexts.OnlyLeadersRead);
        }

        var lines = new List<ReflectionRoundLine>();
        foreach (var round in rounds)
        {
            lines.Add(ReflectionViews.RoundLine(round, CollectionRules.Progress(round.Round, await store.StatesAsync(round.Id, cancellationToken))));
        }

        return ReflectionReply.Show(ReflectionRoundListCard.Build(lines));
    }

    public async Task<ReflectionReply> ShowRoundAsync(Activity activity, string? roundId, CancellationToken cancellationToken)
    {
        var (round, user) = await LedRoundAsync(activity, roundId, cancellationToken);
        if (round is null)
        {
            return ReflectionReply.Refused(ReflectionTexts.OnlyLeadersRead);
        }

        return ReflectionReply.Show(await RoundCardAsync(round, user, cancellationToken));
    }

    /// <summary>Stores the plenum picks of the submitted round card (replacing earlier picks) and shows the card again.</summary>
    public async Task<ReflectionReply> SharePicksAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (roundId, noteIds) = ReflectionPlenumPicks.Parse(activity.Value ?? default);
        var (round, user) = await LedRoundAsync(activity, roundId, cancellationToken);
        if (round is null)
        {
            return ReflectionReply.Refused(ReflectionTexts.OnlyLeadersRead);
        }

        var submissions = await ReadableAsync(round, user, cancellationToken);
        var picked = noteIds.ToHashSet(StringComparer.Ordinal);
        var authors = submissions.Select(s => s.AuthorId).Where(a => picked.Contains(ReflectionViews.NoteId(a))).ToList();
        await store.SetPicksAsync(round.Id, authors, user.Id, time.GetUtcNow(), cancellationToken);
        return ReflectionReply.Show(await RoundCardAsync(round, user, cancellationToken));
    }

    /// <summary>Queues the round's Word document for filing; the leader hears where it is once it is filed.</summary>
    public async Task<ReflectionReply> RoundDocumentAsync(Activity activity, string? roundId, CancellationToken cancellationToken)
    {
        var (round, user) = await LedRoundAsync(activity, roundId, cancellationToken);
        if (round is null)
        {
            return ReflectionReply.Refused(ReflectionTexts.OnlyLeadersRead);
        }

        var submissions = await ReadableAsync(round, user, cancellationToken);
        if (!submissions.Any(s => s.LatestDelivered is not null))
        {
            return ReflectionReply.Refused(ReflectionTexts.NothingToFile);
        }

        var requestId = activity.Id ?? time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await database.InTransactionAsync((c, t) => filing.EnqueueRoundAsync(c, t, round, requestId, user.Id, activity.ServiceUrl ?? round.ServiceUrl, cancellationToken), cancellationToken);
        filing.NotifyCommitted();
        return ReflectionReply.Told(ReflectionTexts.DocumentQueued);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> RoundCardAsync(RoundRecord round, ChannelAccount user, CancellationToken cancellationToken)
    {
        var submissions = await ReadableAsync(round, user, cancellationToken);
        var picks = await store.PicksAsync(round.Id, cancellationToken);
        return ReflectionRoundCard.Build(ReflectionViews.RoundNotes(round, submissions, picks));
    }

    private Task<IReadOnlyList<Submission>> ReadableAsync(RoundRecord round, ChannelAccount user, CancellationToken cancellationToken) =>
        store.ReadableSubmissionsAsync(round.TenantId, round.Id, user.Id, user.EntraObjectId, cancellationToken);

    /// <summary>The round, when the person leads it; null for anyone else (and logged).</summary>
    private async Task<(RoundRecord? Round, ChannelAccount User)> LedRoundAsync(Activity activity, string? roundId, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        if (string.IsNullOrWhiteSpace(roundId) || string.IsNullOrWhiteSpace(user.Id))
        {
            return (null, user);
        }

        var round = await store.RoundAsync(activity.TenantId ?? "", roundId, cancellationToken);
        if (round is null || !round.IsLeader(user.Id, user.EntraObjectId))
        {
            // The round id is the client's claim: only an id the bot knows goes into the log.
            ReflectionLog.ReadRefused(logger, round?.Id ?? "(unknown round)", user.Id);
            return (null, user);
        }

        return (round, user);
    }
}
