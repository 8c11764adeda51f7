namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>How a programme is written in a plan ("KULG", "Prosjektmøte") and in a key ("kulg", "prosjektmote").</summary>
public static class ProgrammeNames
{
    public static string Tag(Programme programme) => programme switch
    {
        Programme.Kulg => "KULG",
        Programme.Ibsm => "IBSM",
        Programme.Lp => "LP",
        Programme.Lederutvikling => "Lederutvikling",
        Programme.Prosjektmote => "Prosjektmøte",
        Programme.Fagdag => "Fagdag",
        _ => "Annet",
    };

    public static string Slug(Programme programme) => programme switch
    {
        Programme.Kulg => "kulg",
        Programme.Ibsm => "ibsm",
        Programme.Lp => "lp",
        Programme.Lederutvikling => "lederutvikling",
        Programme.Prosjektmote => "prosjektmote",
        Programme.Fagdag => "fagdag",
        _ => "annet",
    };
}
