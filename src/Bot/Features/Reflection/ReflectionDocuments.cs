using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Features.Reflection.Documents;
using SkoleUtvikling.Bot.Messaging;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// The Word documents of a round, as they are when filed: one per note
/// (<c>Refleksjonsnotater/&lt;date meeting&gt;/&lt;name&gt;.docx</c>) and one with the whole round beside them.
/// Names are deterministic, so filing again replaces the same file.
/// </summary>
public sealed class ReflectionDocuments(RoundStore store)
{
    public async Task<FilingDocument?> NoteAsync(string tenantId, string subjectId, CancellationToken cancellationToken)
    {
        if (!ReflectionNoteFiling.TryParseNoteSubject(subjectId, out var roundId, out var authorId)
            || await store.RoundAsync(tenantId, roundId, cancellationToken) is not { } round)
        {
            return null;
        }

        // Only this author's versions: reading the whole round per note made filing a round O(n²).
        var submission = await store.SubmissionOfAsync(tenantId, roundId, authorId, cancellationToken);
        if (submission?.LatestDelivered is null)
        {
            return null;
        }

        return new FilingDocument(NotePath(round, authorId), WordDocuments.Note(Note(round, submission)));
    }

    public async Task<FilingDocument?> RoundAsync(string tenantId, string roundId, CancellationToken cancellationToken)
    {
        if (await store.RoundAsync(tenantId, roundId, cancellationToken) is not { } round)
        {
            return null;
        }

        var delivered = (await store.SubmissionsForFilingAsync(tenantId, roundId, cancellationToken))
            .Where(s => s.LatestDelivered is not null)
            .OrderBy(s => s.LatestDelivered!.SavedAt)
            .ToList();
        var picks = await store.PicksAsync(roundId, cancellationToken);
        var model = new RoundDocumentModel(round.Title, round.Meeting, NorwegianDates.Instant(round.Round.Deadline),
            CollectionRules.WhoMustAnswer(round.Round).Count, [.. delivered.Select(s => Note(round, s))],
            [.. delivered.Where(s => picks.Contains(s.AuthorId)).Select(s => NameOf(round, s.AuthorId))]);
        var folder = MeetingFolder(round);
        return new FilingDocument(ReflectionFiling.Notes.PathFor(folder, $"{folder} – {ReflectionTexts.WholeRoundFile}"), WordDocuments.Round(model));
    }

    /// <summary>By name; two people with the same name in a round are told apart by a short stable id.</summary>
    public static FilingPath NotePath(RoundRecord round, string authorId)
    {
        var name = NameOf(round, authorId);
        // One pass over the people: looking each one's name up again was O(n²) per note filed.
        var shared = round.People.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.UserId).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
        return ReflectionFiling.Notes.PathFor(MeetingFolder(round), name, shared ? ReflectionViews.NoteId(authorId)[..6] : null);
    }

    private static NoteDocumentModel Note(RoundRecord round, Submission submission)
    {
        var version = submission.LatestDelivered!;
        return new NoteDocumentModel(round.Title, round.Meeting, NameOf(round, submission.AuthorId), NorwegianDates.Instant(version.SavedAt),
            submission.FirstDelivered!.IsLate, [.. round.Round.Form.Fields.Select(f => new DocumentAnswer(f.Label, version.Answers.GetValueOrDefault(f.Id, "")))]);
    }

    private static string MeetingFolder(RoundRecord round) => FilingPolicy.MeetingFolder(round.MeetingDate, round.Title);

    private static string NameOf(RoundRecord round, string userId) => round.NameOf(userId) ?? userId;
}
