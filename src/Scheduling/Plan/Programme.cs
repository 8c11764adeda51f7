namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>
/// The programme (fagområde) a plan row belongs to: it decides the Teams channel and the post settings.
/// The tags are the ones the development plan writes in its "TID/FAGOMRÅDE/PROGRAM" column.
/// </summary>
public enum Programme
{
    /// <summary>No programme tag in the row ("Annet"); the importer warns about it.</summary>
    Other,

    /// <summary>KULG, the head of education's leadership group.</summary>
    Kulg,

    /// <summary>IBSM, inkluderende barnehage- og skolemiljø (kjernenettverk).</summary>
    Ibsm,

    /// <summary>LP, læringsmiljø og pedagogisk analyse, with its network groups.</summary>
    Lp,

    Lederutvikling,

    /// <summary>Regional project meeting, with saker and saksliste deadlines.</summary>
    Prosjektmote,

    Fagdag,
}
