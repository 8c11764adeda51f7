using System.Data.Common;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>
/// Files one claimed job: finds the team's archive (or parks the job until <c>arkiv</c> is chosen),
/// asks the job's document source for the document as it is now, files it with one attempt, and
/// records the outcome. Retries are the queue's <see cref="FailurePolicy"/>: transient failures wait
/// max(Retry-After, backoff), never giving up; a 429 pauses the whole tenant (Graph throttles per app
/// and tenant, not per file) and the job is due when the pause ends; a permanent failure stops the
/// job and tells whoever asked.
/// </summary>
internal sealed class FilingJobRunner(
    FilingLedger ledger,
    FilingNotices notices,
    IReadOnlyDictionary<string, IFilingDocumentSource> sources,
    IFiler filer,
    FilingMode mode,
    FilingOptions options,
    JobGate gate,
    FailurePolicy policy,
    TimeProvider time,
    ILogger logger,
    string owner)
{
    public async Task RunAsync(FilingJobRow row, CancellationToken stopping, CancellationToken hardStop)
    {
        FilingArchive? archive = null;
        if (mode.UsesGraph)
        {
            archive = await ledger.ArchiveAsync(row.TenantId, row.TeamId, hardStop);
            if (archive is null)
            {
                await WaitForArchiveAsync(row);
                return;
            }
        }

        var started = NowMs();
        if (!sources.TryGetValue(row.DocumentKind, out var source))
        {
            await DeadAsync(row, new FilingAttempt(started, NowMs(), 0, "permanent", Error: $"no document source is registered for kind '{row.DocumentKind}'"), null);
            return;
        }

        FilingDocument? document;
        try
        {
            document = await source.LoadAsync(row.TenantId, row.SubjectId, hardStop);
        }
        catch (Exception ex) when (ex is DbException or IOException or TimeoutException)
        {
            FilingLog.SourceFailed(logger, row.Id, row.DocumentKind, ex);
            await RetryAsync(row, started, new JobFailure(FailureKind.Transient, 0, null, false, "document source failed"), $"document source failed: {ex.GetType().Name}");
            return;
        }

        if (document is null)
        {
            FilingLog.SubjectGone(logger, row.Id, row.DocumentKind);
            await RecordAsync(row, ledger.RecordFiledAsync(row, owner, new FilingAttempt(started, NowMs(), 0, "gone", Error: "the subject no longer exists; nothing filed"), null, null, null, NowMs()));
            return;
        }

        var target = archive is null
            ? new FilingTarget(row.TenantId, row.TeamId, "", document.Path)
            : new FilingTarget(row.TenantId, archive.TeamGroupId, archive.ChannelId, document.Path);
        await FileAsync(row, target, document, started, stopping, hardStop);
    }

    private async Task FileAsync(FilingJobRow row, FilingTarget target, FilingDocument document, long started, CancellationToken stopping, CancellationToken hardStop)
    {
        // Graph has no fixed windows here; the tenant's gate after a 429 hands the job back until the pause ends.
        if (await gate.AcquireAsync(row, row.TenantId, stopping) is not { } permit)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(options.AttemptTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, hardStop);
        FiledDocument filed;
        try
        {
            filed = await filer.FileAsync(target, document.Content, linked.Token);
        }
        catch (FilingTransientException ex)
        {
            var kind = ex.StatusCode == 429 ? FailureKind.Throttled : FailureKind.Transient;
            await RetryAsync(row, started, new JobFailure(kind, ex.StatusCode ?? 0, ex.RetryAfter, false, $"{ex.StatusCode}"), ex.Message);
            return;
        }
        catch (FilingPermanentException ex)
        {
            var text = FilingTexts.Failed($"«{document.Path.FileName}»", ex.StatusCode);
            await DeadAsync(row, new FilingAttempt(started, NowMs(), ex.StatusCode ?? 0, "permanent", Error: ex.Message), text);
            return;
        }
        catch (OperationCanceledException) when (hardStop.IsCancellationRequested)
        {
            // Shutdown: the upload is idempotent, so the next worker simply files it again.
            await ledger.Queue.ReleaseAsync(row.Id, owner, NowMs());
            return;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            await RetryAsync(row, started, new JobFailure(FailureKind.Transient, 0, null, true, "timeout"), $"filing took longer than Filing:AttemptTimeout ({options.AttemptTimeout})");
            return;
        }
        finally
        {
            gate.Limiter.Complete(permit);
        }

        gate.Limiter.Succeeded(row.TenantId);

        var local = !mode.UsesGraph;
        var shown = local ? RelativeToArchive(filed.Location) : document.Path.ToString();
        var notice = await notices.FiledAsync(row, local ? FilingTexts.FiledLocally(shown) : FilingTexts.FiledInGraph(document.Path.FileName, filed.WebUrl));
        var call = new FilingAttempt(started, NowMs(), local ? 0 : 200, "filed");
        await RecordAsync(row, ledger.RecordFiledAsync(row, owner, call, filed.Location, filed.WebUrl, notice, NowMs()));
        FilingLog.JobFiled(logger, row.Id, row.DocumentKind, row.Attempts + 1);
    }

    private async Task WaitForArchiveAsync(FilingJobRow row)
    {
        var notice = await notices.WaitingAsync(row);
        if (await ledger.RecordWaitingAsync(row, owner, "no archive chosen for the team; a leader chooses one with 'arkiv'", notice))
        {
            FilingLog.JobWaiting(logger, row.Id, row.TeamId);
            return;
        }

        // An archive was chosen while this job was being parked: due again at once.
        await ledger.Queue.ReleaseAsync(row.Id, owner, NowMs());
    }

    /// <summary>Filing is idempotent (the same name is replaced), so an unknown outcome is simply tried again.</summary>
    private async Task RetryAsync(FilingJobRow row, long started, JobFailure failure, string error)
    {
        var attempt = row.Attempts + 1;
        var decision = await policy.DecideAsync(row.TenantId, failure, attempt, idempotent: true);
        var retryAfterMs = (long?)failure.RetryAfter?.TotalMilliseconds;
        if (decision.RetryAt is not { } next)
        {
            await DeadAsync(row, new FilingAttempt(started, NowMs(), failure.StatusCode, "permanent", retryAfterMs, Error: error), null);
            return;
        }

        var call = new FilingAttempt(started, NowMs(), failure.StatusCode, "transient", retryAfterMs, next.ToUnixTimeMilliseconds(), error);
        await RecordAsync(row, ledger.RecordRetryAsync(row, owner, call));
        FilingLog.JobRetrying(logger, row.Id, attempt, failure.StatusCode, next);
    }

    private async Task DeadAsync(FilingJobRow row, FilingAttempt call, string? text)
    {
        var notice = await notices.FailedAsync(row, text ?? FilingTexts.Failed(FilingTexts.UnknownDocument, call.StatusCode));
        await RecordAsync(row, ledger.RecordDeadAsync(row, owner, call, notice, NowMs()));
        FilingLog.JobDead(logger, row.Id, row.DocumentKind, call.StatusCode, call.Error ?? "");
    }

    private async Task RecordAsync(FilingJobRow row, Task<bool> recording)
    {
        if (!await recording)
        {
            FilingLog.LeaseLost(logger, row.Id, owner);
        }
    }

    private string RelativeToArchive(string location) =>
        Path.GetRelativePath(Path.GetFullPath(options.ArchiveFolder), location).Replace(Path.DirectorySeparatorChar, '/');

    private long NowMs() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
