namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// How much a plan file may make the importer do. A real plan is a few hundred rows in a package of a few
/// dozen parts; anything far beyond is refused before it costs memory or time (zip bombs, endless RRULEs).
/// 10,000 rows is what the scale test imports (a few seconds; README, benchmarks), so it is the ceiling.
/// </summary>
public sealed record PlanImportLimits
{
    public static PlanImportLimits Default { get; } = new();

    /// <summary>Table or sheet rows read; more rejects the file.</summary>
    public int MaxRows { get; init; } = 10_000;

    /// <summary>Events after recurrence expansion; more rejects the file.</summary>
    public int MaxEvents { get; init; } = 10_000;

    /// <summary>Entries in a .docx/.xlsx package.</summary>
    public int MaxPackageEntries { get; init; } = 1000;

    /// <summary>Decompressed bytes of the XML parts of a .docx/.xlsx, counted as they are inflated.</summary>
    public long MaxUnpackedXmlBytes { get; init; } = 30L * 1024 * 1024;

    /// <summary>Occurrences one recurring .ics event may give.</summary>
    public int MaxOccurrencesPerEvent { get; init; } = 500;

    /// <summary>Candidate dates a recurrence rule may try without a match before it counts as endless.</summary>
    public int MaxUnmatchedRecurrenceSteps { get; init; } = 1000;
}
