namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Who an answer belongs to. Person: one answer per participant, written by that person (reflection
/// notes). Unit: one answer per unit (a school, a group), written by the unit's editors (mellomarbeid,
/// booking); the unit is the round's participant and its id is the answer's owner.
/// </summary>
public enum AnswerBy
{
    Person,
    Unit,
}
