using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>The reflection note (refleksjonsnotat): the collection engine's first form.</summary>
public static class ReflectionNoteForm
{
    public const string FormId = "refleksjonsnotat";

    /// <summary>Short enough to answer on a phone, long enough that "ok" is not a reflection.</summary>
    public const int MinAnswerLength = 20;

    public const int MaxAnswerLength = 4000;

    /// <summary>Whether a round collects reflection notes (other features keep other forms' rounds in the same engine).</summary>
    public static bool Owns(RoundRecord round) => round.Round.Form.Id == FormId;

    public static FormDefinition Default { get; } = WithQuestions(ReflectionTexts.DefaultQuestions);

    /// <summary>
    /// A reflection note with the questions the plan or a leader set, in order (field ids q1, q2, ...).
    /// Blank questions are skipped; with none left the default questions are used.
    /// </summary>
    public static FormDefinition WithQuestions(IEnumerable<string> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var asked = questions.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).ToList();
        if (asked.Count == 0)
        {
            return Default;
        }

        var fields = asked
            .Select((question, i) => new FormField($"q{i + 1}", question, FieldKind.LongText, required: true,
                MinAnswerLength, MaxAnswerLength))
            .ToList();
        return new FormDefinition(FormId, ReflectionTexts.NoteTitle, fields);
    }
}
