namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>ISO week numbers as the plan wrote them ("Uke 42 - 48"); a single week has First equal to Last.</summary>
public sealed record WeekRange(int First, int Last)
{
    public override string ToString() => First == Last ? $"uke {First}" : $"uke {First}–{Last}";
}
