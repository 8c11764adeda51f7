namespace SkoleUtvikling.Bot.Routing;

public static class RoutingTexts
{
    public const string NotUnderstood = "Beklager, det forstod jeg ikke. Skriv **hjelp** for å se hva jeg kan.";

    /// <summary>A click on a card or dialog the bot no longer knows (an old card, a removed round).</summary>
    public const string CardNoLongerKnown = "Dette kortet er ikke lenger i bruk. Skriv **hjelp** for å se hva du kan gjøre nå.";
}
