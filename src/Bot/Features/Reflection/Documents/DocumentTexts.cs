namespace SkoleUtvikling.Bot.Features.Reflection.Documents;

/// <summary>Bokmål labels printed in the filed Word documents.</summary>
public static class DocumentTexts
{
    public const string Meeting = "Møte";
    public const string Author = "Skrevet av";
    public const string SubmittedAt = "Levert";
    public const string Deadline = "Frist";
    public const string LateMark = "(levert etter fristen)";
    public const string PickedForPlenum = "Valgt til plenum";
    public const string NonePicked = "Ingen er valgt til plenum ennå.";
    public const string Notes = "Refleksjonsnotater";
    public const string NoNotes = "Ingen har levert ennå.";
    public const string EmptyAnswer = "(ikke besvart)";

    public static string Delivered(int delivered, int expected) =>
        $"{delivered} av {expected} har levert";
}
