using SkoleUtvikling.Scheduling.Plan.Import;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>Bokmål texts of the plan feature's replies (the cards' texts are in SkoleUtvikling.Cards.Plan.PlanCardTexts).</summary>
public static class PlanTexts
{
    public const string OnlyLeadersImport = "Bare planens koordinatorer (de kommunen har oppført) kan sende inn utviklingsplanen.";
    public const string OnlyLeadersPublish = "Bare den som sendte inn planen, eller en av planens koordinatorer, kan publisere eller avbryte den. Ingenting er endret.";
    public const string OneFileAtATime = "Send én plan om gangen. Jeg leste bare den første filen.";
    public const string ImportNotFound = "Jeg finner ikke den planen lenger. Send filen på nytt.";
    public const string AlreadyDecided = "Denne forhåndsvisningen er allerede publisert eller avbrutt. Send filen på nytt om du vil gjøre endringer.";
    public const string Discarded = "Greit, jeg har forkastet forhåndsvisningen. Ingenting er endret.";
    public const string ScheduleDelayed = "Planen er lagret, men jeg fikk ikke planlagt innleggene akkurat nå. Jeg prøver igjen automatisk.";

    public static string Rejected(IReadOnlyList<PlanImportError> errors)
    {
        var lines = errors.Take(10).Select(e => "- " + e.Text);
        var more = errors.Count > 10 ? $"\n- … og {errors.Count - 10} feil til." : "";
        return "Jeg kunne ikke lese planen, og ingenting er endret:\n\n" + string.Join("\n", lines) + more +
               "\n\nRett opp og send filen på nytt.";
    }

    public static string Published(int events, PlanDiff diff, int posts, string? firstPost, int skipped) =>
        $"Planen er publisert: **{events}** møter ({diff.New.Count} nye, {diff.Changed.Count} endret, {diff.RemovedKeys.Count} fjernet). " +
        $"**{posts}** innlegg er planlagt" + (firstPost is null ? "." : $", det første {firstPost}.") +
        (skipped > 0 ? $" {skipped} innlegg blir ikke sendt fordi møtet allerede har begynt eller fristen er passert." : "");

    public static string Unlinked(IEnumerable<string> programmes) =>
        $"Disse programmene er ikke koblet til en kanal ennå: {string.Join(", ", programmes)}. " +
        "Skriv «@SkoleUtvikling koble KULG» (med riktig program) i kanalen innleggene skal til.";

    public static string PostWithoutChannel(string programme, string title, string when) =>
        $"Jeg skulle ha lagt ut et innlegg om «{title}» ({when}) for **{programme}**, men programmet er ikke koblet til noen kanal. " +
        $"Skriv «@SkoleUtvikling koble {programme}» i riktig kanal, så kommer de neste innleggene der.";

    public static string Missed(string programme, string title, string planned) =>
        $"Innlegget om «{title}» for **{programme}** skulle vært lagt ut {planned}, men jeg var nede da og det er for sent nå. Legg det gjerne ut selv.";

    /// <summary>Bokmål texts of <c>plan</c>.</summary>
    public static class List
    {
        public const string AllHeading = "Kommende møter i hele planen";
        public const string AllIsForLeaders = "**plan alle** er for planens koordinatorer og programmenes ledere. Skriv **plan** i en kanal for å se møtene som hører til den.";
    public const string WriteInChannel = "Skriv **plan** i en kanal (nevn meg) for å se de neste møtene som hører til den.";
        public const string ChannelNotLinked = "Ingen program er koblet til denne kanalen ennå. En leder kan skrive **koble KULG** (med riktig program) her.";
    }

    /// <summary>Bokmål texts of <c>mal</c>.</summary>
    public static class Template
    {
        public const string FileName = "Utviklingsplan-mal.xlsx";
        public const string Description = "Mal for utviklingsplanens kalender. Fyll inn møtene og send filen tilbake til meg.";
        public const string OnlyPersonal = "Skriv **mal** til meg i en 1:1-chat, så sender jeg Excel-malen dit.";
        public const string Declined = "Greit, jeg sender ikke malen. Skriv **mal** igjen når du vil ha den.";
        public const string OnlyLeaders = "**mal** er for planens koordinatorer og programmenes ledere, siden den inneholder hele planen.";
        public const string Sent = "Her er malen. Fyll inn møtene (ett per rad) og send filen tilbake til meg her i chatten.";
    }
}
