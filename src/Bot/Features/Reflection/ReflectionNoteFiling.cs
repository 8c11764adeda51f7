using System.Data.Common;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Filing;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// Asks the filing queue for a note's or a round's Word document, inside the transaction that saved
/// it. The document itself is built when it is filed, so the newest version is what lands in the archive.
/// </summary>
public sealed class ReflectionNoteFiling(IFilingQueue queue)
{
    public const string NoteKind = "reflection-note";
    public const string RoundKind = "reflection-round";

    /// <summary>One request per saved version: each save files the note again under the same name.</summary>
    public Task<bool> EnqueueAsync(DbConnection c, DbTransaction t, RoundRecord round, Submission saved, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(c, t, new FilingRequest($"file:{NoteKind}:{round.Id}:{saved.AuthorId}:v{saved.Latest!.Number}",
            round.TenantId, round.TeamId, NoteKind, NoteSubject(round.Id, saved.AuthorId)), cancellationToken);

    /// <summary>The whole round as one document; the leader who asked is told where it is when it is filed.</summary>
    public Task<bool> EnqueueRoundAsync(DbConnection c, DbTransaction t, RoundRecord round, string requestId, string leaderUserId, string serviceUrl, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(c, t, new FilingRequest($"file:{RoundKind}:{round.Id}:{requestId}", round.TenantId, round.TeamId, RoundKind, round.Id,
            leaderUserId, serviceUrl), cancellationToken);

    public void NotifyCommitted() => queue.NotifyCommitted();

    public static string NoteSubject(string roundId, string authorId) => $"{roundId}|{authorId}";

    public static bool TryParseNoteSubject(string subject, out string roundId, out string authorId)
    {
        var bar = subject.IndexOf('|', StringComparison.Ordinal);
        roundId = bar > 0 ? subject[..bar] : "";
        authorId = bar > 0 ? subject[(bar + 1)..] : "";
        return roundId.Length > 0 && authorId.Length > 0;
    }
}
