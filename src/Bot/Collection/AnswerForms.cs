using System.Globalization;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// The general form card and the engine's saves meet here: the version token a form is opened with,
/// the edit a submit makes, and the form shown again after a refused save with nothing typed lost.
/// </summary>
public static class AnswerForms
{
    /// <summary>The token a form carries (<see cref="FormCardModel.Version"/>): the number of the version it shows, "0" for none.</summary>
    public static string VersionToken(Submission? answer) => (answer?.Latest?.Number ?? 0).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The edit a form submit asks for. A missing or unreadable token counts as "opened before anything
    /// was saved" (0): a stale or forged token can only make the save a conflict, never overwrite.
    /// </summary>
    public static AnswerEdit Edit(FormCardResult result, string ownerId, string editorId, string? editorAadObjectId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var opened = int.TryParse(result.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : 0;
        var answers = result.AnswerTexts().ToDictionary(a => a.Key, a => (string?)a.Value, StringComparer.Ordinal);
        return new AnswerEdit(ownerId, editorId, answers, result.Action == FormCardAction.Draft ? SaveKind.Draft : SaveKind.Deliver)
        {
            EditorAadObjectId = editorAadObjectId,
            BaseVersion = opened,
        };
    }

    /// <summary>
    /// The form again after <see cref="SaveStatus.Conflict"/>: what the editor typed, a notice naming who
    /// saved meanwhile and when, and the newer version's token, so saving again is a deliberate choice.
    /// </summary>
    public static FormCardModel AfterConflict(FormCardResult result, FormCardModel form, RoundRecord round, SaveOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(outcome);
        var newer = outcome.NewerVersion;
        var who = newer is null ? null : round.EditorName(newer.SavedBy) ?? round.NameOf(newer.SavedBy);
        var when = newer is null ? "" : NorwegianDates.Instant(newer.SavedAt);
        return result.ShowAgain(form) with
        {
            Version = VersionToken(outcome.Submission),
            Notice = new FormCardNotice(CollectionTexts.SavedMeanwhile(who, when), FormCardTone.Attention),
        };
    }
}
