namespace SkoleUtvikling.Bot.Features.ProgrammeLinks;

/// <summary>Bokmål texts of <c>koble</c>.</summary>
public static class ProgrammeLinkTexts
{
    public static string Linked(string programme) =>
        $"**{programme}** er nå koblet til denne kanalen. Lesebestillinger og påminnelser for {programme} kommer her.";

    public static string Moved(string programme) =>
        $"**{programme}** er flyttet hit. Fra nå av kommer lesebestillinger og påminnelser for {programme} i denne kanalen i stedet.";

    public const string OnlyLeaders = "Bare ledere (teameiere eller de kommunen har oppført) kan koble en kanal til et program.";

    public const string OnlyInChannels = "Skriv **koble** og programmets navn i kanalen du vil koble, for eksempel «@SkoleUtvikling koble KULG».";

    public const string MissingProgramme = "Hvilket program? Skriv for eksempel **koble KULG** eller **koble IBSM**.";

    public const string BadProgramme = "Programnavnet kan bare ha bokstaver, tall, mellomrom og bindestrek (høyst 40 tegn), for eksempel **koble KULG**.";
}
