namespace SkoleUtvikling.Bot.Features.ProgrammeLinks;

/// <summary>Bokmål texts of <c>koble</c>.</summary>
public static class ProgrammeLinkTexts
{
    public static string Linked(string programme) =>
        $"**{programme}** er nå koblet til denne kanalen. Lesebestillinger og påminnelser for {programme} kommer her.";

    public static string Moved(string programme) =>
        $"**{programme}** er flyttet hit. Fra nå av kommer lesebestillinger og påminnelser for {programme} i denne kanalen i stedet.";

    public const string OnlyLeaders = "Bare planens koordinatorer, eller lederne for programmet i teamet det alt er koblet til, kan koble programmet til en kanal. Ingenting er endret.";

    public const string OnlyInChannels = "Skriv **koble** og programmets navn i kanalen du vil koble, for eksempel «@SkoleUtvikling koble KULG».";

    public const string MissingProgramme = "Hvilket program? Skriv for eksempel **koble KULG** eller **koble IBSM**.";

    public static string UnknownProgramme(string typed) =>
        $"Jeg kjenner ikke programmet «{(typed.Length > 40 ? typed[..40] + "…" : typed)}». Velg ett av: " +
        string.Join(", ", Scheduling.Plan.ProgrammeParsing.Known.Select(Scheduling.Plan.ProgrammeNames.Tag)) + ".";
}
