using Dapper;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// A leader sends the plan (.docx, .xlsx or .ics) in a chat with the bot: it is read, kept as a
/// preview, and answered with the preview card (and continuation cards when its warnings need them).
/// Nothing is published until «Publiser». Reading runs on the thread pool under a time limit
/// (<see cref="PlanImportOptions.Timeout"/>), so a hostile file costs at most that and gets the usual
/// Norwegian refusal; a refused file stores nothing.
/// </summary>
public sealed class PlanImportHandler(
    FileDownloader downloader,
    IEnumerable<IPlanImporter> importers,
    LeaderDirectory leaders,
    Replies replies,
    Database database,
    IOutbox outbox,
    TimeProvider time,
    IOptions<PlanImportOptions> options,
    ILogger<PlanImportHandler> logger) : IActivityHandler
{
    private readonly IPlanImporter[] _importers = [.. importers];

    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && TeamsFile.From(activity).Count > 0;

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!leaders.IsCoordinator(activity))
        {
            await replies.ReplyTextAsync(activity, PlanTexts.OnlyLeadersImport, cancellationToken);
            return null;
        }

        var files = TeamsFile.From(activity);
        var file = files[0];
        var types = _importers.SelectMany(i => i.Extensions).Select(e => e.TrimStart('.')).ToList();
        byte[] content;
        try
        {
            content = await downloader.DownloadAsync(file, types, cancellationToken);
        }
        catch (FileTransferException ex)
        {
            PlanLog.FileRefused(logger, file.FileType, ex.Reason);
            await replies.ReplyTextAsync(activity, ex.UserMessage, cancellationToken);
            return null;
        }

        var importer = _importers.First(i => i.Extensions.Contains("." + file.FileType, StringComparer.OrdinalIgnoreCase));
        var result = await ImportWithinLimitAsync(importer, content, file, cancellationToken);
        if (result.IsRejected)
        {
            PlanLog.ImportRejected(logger, file.FileType, result.Errors.Count);
            await replies.ReplyTextAsync(activity, PlanTexts.Rejected(result.Errors), cancellationToken);
            return null;
        }

        await SavePreviewAsync(activity, file.Name, result, cancellationToken);
        PlanLog.PreviewReady(logger, result.Events.Count, result.Warnings.Count);
        if (files.Count > 1)
        {
            await replies.ReplyTextAsync(activity, PlanTexts.OneFileAtATime, cancellationToken);
        }
        return null;
    }

    /// <summary>
    /// The import on the thread pool, cancelled cooperatively at the time limit; should a reader not notice the
    /// cancellation, the wait for it still ends there (the size limits bound what it can cost afterwards).
    /// </summary>
    private async Task<PlanImportResult> ImportWithinLimitAsync(IPlanImporter importer, byte[] content, TeamsFile file, CancellationToken cancellationToken)
    {
        var limit = options.Value.Timeout;
        using var deadline = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await Task.Run(() =>
            {
                using var stream = new MemoryStream(content, writable: false);
                return importer.Import(stream, file.Name, linked.Token);
            }, linked.Token).WaitAsync(limit, time, cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            PlanLog.ImportTimedOut(logger, file.FileType, limit.TotalSeconds);
            return PlanImportResult.Rejected(new PlanImportError(file.Name, null, PlanImportTexts.TookTooLong(limit)));
        }
    }

    private async Task SavePreviewAsync(Activity activity, string fileName, PlanImportResult result, CancellationToken cancellationToken)
    {
        var tenantId = activity.TenantId ?? "";
        var importId = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        await database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(PlanSql.InsertImport, new
            {
                ImportId = importId,
                TenantId = tenantId,
                FileName = fileName,
                ImportedBy = activity.From?.Id ?? "",
                ConversationId = activity.Conversation!.Id,
                ServiceUrl = activity.ServiceUrl ?? "",
                EventsJson = PlanJson.Serialize(result.Events),
                WarningsJson = PlanJson.Serialize(result.Warnings),
                Now = now.ToUnixTimeMilliseconds(),
            }, t);
            var published = await PlanStore.PublishedHashesAsync(c, t, tenantId);
            var cards = PlanPreviewCard.BuildAll(Preview(importId, fileName, result, published, now));
            for (var i = 0; i < cards.Count; i++)
            {
                var purpose = i == 0 ? "plan-preview" : $"plan-preview-warnings-{i + 1}";
                await outbox.EnqueueAsync(c, t, Replies.ForReply(activity, OutgoingActivities.Card(cards[i]), purpose), cancellationToken);
            }
        }, cancellationToken);
        outbox.NotifyCommitted();
    }

    private static PlanPreviewModel Preview(string importId, string fileName, PlanImportResult result, Dictionary<string, string> published, DateTimeOffset now)
    {
        var diff = PlanDiff.Between(published, result.Events);
        var changes = published.Count == 0
            ? null
            : new PlanChanges(diff.New.Count, diff.Changed.Count, diff.RemovedKeys.Count, diff.Unchanged,
                [.. diff.New.Select(e => "Ny: " + Describe(e)).Concat(diff.Changed.Select(e => "Endret: " + Describe(e)))]);
        var perProgramme = result.Events.GroupBy(e => e.Programme)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (ProgrammeNames.Tag(g.Key), g.Count())).ToList();
        var next = result.Events.Where(e => e.EarliestStart >= now).OrderBy(e => e.EarliestStart).Take(5).Select(PlanViews.Line).ToList();
        return new PlanPreviewModel(fileName, importId, result.Events.Count, perProgramme, next,
            [.. result.Warnings.Select(w => w.Text)], changes);
    }

    private static string Describe(PlanEvent e) => $"{NorwegianDates.Date(e.FirstDate)} {ProgrammeNames.Tag(e.Programme)} – {e.Title}";
}
