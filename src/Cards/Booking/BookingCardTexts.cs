namespace SkoleUtvikling.Cards.Booking;

/// <summary>Bokmål texts of the booking cards.</summary>
public static class BookingCardTexts
{
    public const string AnnouncementHeading = "Book tidspunkt for nettverksmøtet";
    public const string BookedHeading = "Nettverksmøtet er booket";
    public const string Meeting = "Møte";
    public const string Window = "Tidsrom";
    public const string Length = "Lengde";
    public const string Group = "Gruppe";
    public const string Slot = "Tidspunkt";
    public const string DateLabel = "Dato (virkedager i tidsrommet)";
    public const string StartLabel = "Starttidspunkt";
    public const string RoomLabel = "Rom (valgfritt)";
    public const string Book = "Book tidspunkt";
    public const string Move = "Flytt";
    public const string Cancel = "Avlys";
    public const string CalendarFile = "Legg i kalenderen (.ics)";
    public const string BookableDays = "Mulige dager";
    public const string OverviewHeading = "Bookinger";
    public const string ReportTo = "Koordinator";

    public static string Intro(string group) => $"{group} velger selv dag og tid for møtet innenfor tidsrommet.";

    public const string MoveIntro = "Gruppen kan flytte eller avlyse til tidsrommet åpner.";
}
