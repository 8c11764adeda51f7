namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>
/// Project meetings: "Saker meldes inn … senest 3 uker før møtet. Saksliste sendes ut ei uke i forkant."
/// SubmitTo and SubmitAddress say who receives the saker, when the plan names them.
/// </summary>
public sealed record AgendaRule(int SakerDaysBefore, int SakslisteDaysBefore, string? SubmitTo, Uri? SubmitAddress)
{
    public const int DefaultSakerDaysBefore = 21;
    public const int DefaultSakslisteDaysBefore = 7;
}
