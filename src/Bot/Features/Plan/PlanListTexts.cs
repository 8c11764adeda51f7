namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>Bokmål texts of <c>plan</c>.</summary>
public static class PlanListTexts
{
    public const string AllHeading = "Kommende møter i hele planen";
    public const string AllIsForLeaders = "**plan alle** er for planens koordinatorer og programmenes ledere. Skriv **plan** i en kanal for å se møtene som hører til den.";
    public const string WriteInChannel = "Skriv **plan** i en kanal (nevn meg) for å se de neste møtene som hører til den.";
    public const string ChannelNotLinked = "Ingen program er koblet til denne kanalen ennå. En leder kan skrive **koble KULG** (med riktig program) her.";
}
