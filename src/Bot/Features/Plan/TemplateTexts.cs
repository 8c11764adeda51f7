namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>Bokmål texts of <c>mal</c>.</summary>
public static class TemplateTexts
{
    public const string FileName = "Utviklingsplan-mal.xlsx";
    public const string Description = "Mal for utviklingsplanens kalender. Fyll inn møtene og send filen tilbake til meg.";
    public const string OnlyPersonal = "Skriv **mal** til meg i en 1:1-chat, så sender jeg Excel-malen dit.";
    public const string Declined = "Greit, jeg sender ikke malen. Skriv **mal** igjen når du vil ha den.";
    public const string OnlyLeaders = "**mal** er for planens koordinatorer og programmenes ledere, siden den inneholder hele planen.";
    public const string Sent = "Her er malen. Fyll inn møtene (ett per rad) og send filen tilbake til meg her i chatten.";
}
