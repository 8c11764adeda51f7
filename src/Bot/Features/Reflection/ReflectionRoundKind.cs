using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>Reflection notes as a round kind: the engine's reminder runner shows these cards.</summary>
public sealed class ReflectionRoundKind : IRoundKind
{
    public string Kind => ReflectionNoteForm.FormId;

    public string DisplayName => ReflectionTexts.NoteTitle;

    /// <summary>
    /// Before the deadline a reminder with «Skriv refleksjonsnotat»; a chase (after it, automatic or «Purr»)
    /// is the form itself inline in the 1:1 chat, so the person answers there and then.
    /// </summary>
    public JsonObject ReminderCard(RoundRecord round, ReminderKind moment, RoundProgress progress) => moment == ReminderKind.Chase
        ? ReflectionFormCard.Build(ReflectionViews.Form(round, NoAnswers, [], ReflectionFormSurface.Inline) with { Intro = ReflectionCardTexts.ChaseIntro })
        : ReflectionReminderCard.ForParticipant(ReflectionViews.Count(round, progress));

    private static readonly Dictionary<string, string> NoAnswers = [];

    public JsonObject EscalationCard(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames) =>
        ReflectionReminderCard.ForLeader(ReflectionViews.Count(round, progress), missingNames);
}
