using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>Input and data ids of the reflection cards, shared by the builders and <see cref="ReflectionSubmission"/>.</summary>
public static class ReflectionFields
{
    public const string RoundId = "roundId";

    private const string PickPrefix = "plenum_";

    /// <summary>The input id of one question's answer: the general form card's input id, which the form is built as.</summary>
    public static string Answer(string questionId) => FormCardIds.Input(questionId);

    /// <summary>The toggle id that picks one note for plenum in the leaders' round card.</summary>
    public static string PickForPlenum(string noteId) => PickPrefix + noteId;

    /// <summary>The note ids picked for plenum in a submitted round card value (toggles send "true").</summary>
    public static bool IsPickForPlenum(string fieldId, out string noteId)
    {
        noteId = fieldId.StartsWith(PickPrefix, StringComparison.Ordinal) ? fieldId[PickPrefix.Length..] : "";
        return noteId.Length > 0;
    }
}
