namespace SkoleUtvikling.Bot.Routing;

public static class RoutingTexts
{
    public const string NotUnderstood = "Beklager, det forstod jeg ikke. Skriv **hjelp** for å se hva jeg kan.";
}
