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

    public JsonObject ReminderCard(RoundRecord round, ReminderKind moment, RoundProgress progress) =>
        ReflectionReminderCard.ForParticipant(ReflectionViews.Count(round, progress));

    public JsonObject EscalationCard(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames) =>
        ReflectionReminderCard.ForLeader(ReflectionViews.Count(round, progress), missingNames);
}
