using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>Bokmål texts of booking flexible meetings (replies, confirmations, reminders, <c>bookinger</c>).</summary>
public static class BookingTexts
{
    /// <summary>«26. september – 6. oktober».</summary>
    public static string Range(DateOnly first, DateOnly last) =>
        $"{first.Day}. {CalendarTexts.MonthName(first.Month)} – {last.Day}. {CalendarTexts.MonthName(last.Month)}";

    /// <summary>«tirsdag 29. september».</summary>
    public static string Day(DateOnly date) => $"{CalendarTexts.WeekdayName(date.DayOfWeek)} {date.Day}. {CalendarTexts.MonthName(date.Month)}";

    public static string OutsideWindow(DateOnly first, DateOnly last) => $"utenfor tidsrommet {Range(first, last)}";

    public static string Hours(TimeSpan length) =>
        length.TotalMinutes % 60 == 0 ? $"{(int)length.TotalHours} timer" : $"{(int)length.TotalMinutes} minutter";

    public static string Slot(DateOnly date, TimeOnly start, TimeOnly end, string? room) =>
        $"{Day(date)} kl. {start:HH\\.mm}–{end:HH\\.mm}" + (string.IsNullOrEmpty(room) ? "" : $", {room}");

    public const string NotAGroupChannel = "Denne kanalen er ikke registrert som en nettverksgruppe. Skriv **enhet nettverksgruppe Gruppe 3** i gruppens kanal først.";

    public const string NotAMember = "Bare medlemmer av nettverksgruppen kan booke møtet. Ingenting er endret.";

    public const string UnknownMeeting = "Jeg finner ikke dette møtet i planen lenger. Ingenting er endret.";

    public const string MissingDate = "Velg en dato i tidsrommet.";

    public const string MissingTime = "Skriv et starttidspunkt, for eksempel 12:00.";

    public const string SlotPassed = "Det tidspunktet har allerede vært. Velg et senere tidspunkt. Ingenting er endret.";

    public const string RoomTooLong = "Rommet kan ha høyst 80 tegn.";

    public static string DayOff(DateOnly date, string reason) => $"{Day(date)} kan ikke bookes: {reason}. Velg en annen dag.";

    public static string OutsideWorkingHours => "Møtet må ligge mellom kl. 07.00 og 21.00.";

    public static string GroupCollision(string meeting) => $"Gruppen har allerede et møte på det tidspunktet ({meeting}). Velg et annet tidspunkt.";

    public static string RoomCollision(string room) => $"Rommet {room} er allerede booket på det tidspunktet. Velg et annet rom eller tidspunkt.";

    public static string Conflict(string? who, string? slot) =>
        slot is null
            ? $"Bookingen ble endret av {who ?? "en annen"} rett før deg. Ingenting er lagret; se bookingen slik den er nå og prøv igjen."
            : $"Gruppen er allerede booket: {slot} (av {who ?? "en annen"}). Ingenting er lagret; bruk «Flytt» eller «Avlys» på bekreftelsen.";

    public static string Locked(DateOnly first) =>
        $"Tidsrommet åpnet {Day(first)}; bookingen kan ikke lenger flyttes eller avlyses. Meld fra til koordinatoren.";

    public static string Booked(string group, string meeting, string slot, string who) => $"**{group}** har booket {meeting}: {slot} (av {who}).";

    public static string Moved(string group, string meeting, string slot, string who) => $"**{group}** har flyttet {meeting} til {slot} (av {who}).";

    public static string Cancelled(string group, string meeting, string who) => $"**{group}** har avlyst bookingen av {meeting} (av {who}). Book et nytt tidspunkt i tidsrommet.";

    public const string NothingToCancel = "Gruppen har ingen booking å avlyse.";

    public static string WeekBefore(string group, string meeting, string range) =>
        $"Påminnelse til **{group}**: {meeting} er ikke booket ennå. Tidsrommet {range} åpner om en uke – book tidspunkt her.";

    public static string WindowOpens(string group, string meeting, string range) =>
        $"Påminnelse til **{group}**: tidsrommet for {meeting} ({range}) har åpnet, og gruppen har ikke booket ennå – book tidspunkt her.";

    public static string DayBefore(string meeting, string slot) => $"Husk møtet i morgen: {meeting}, {slot}.";

    public const string NoMeetings = "Planen har ingen møter der nettverksgruppene booker tidspunkt selv.";

    public const string NoGroups = "Ingen kanaler er registrert som nettverksgruppe ennå.";

    public const string NotBooked = "ikke booket";

    public static string GroupsBooked(int booked, int groups) => $"{booked} av {groups} grupper har booket";

    public const string UnbookedLabel = "Ikke booket";

    public static string ChaseGroups(int unbooked) => $"Purr grupper ({unbooked})";

    public static string Chased(string group, string meeting, string range) =>
        $"Påminnelse til **{group}**: {meeting} ({range}) er ikke booket ennå – book tidspunkt her.";

    public static string GroupsChased(int queued, int alreadyToday) =>
        (queued == 1 ? "Påminnelse sendes til 1 gruppe." : $"Påminnelse sendes til {queued} grupper.")
        + (alreadyToday > 0 ? $" {alreadyToday} er allerede purret i dag og får ingen ny." : "");

    public const string ChaseClosed = "Tidsrommet for møtet er over, så ingen grupper ble purret.";

    public static string DigestHeading(DateOnly day) => $"Bookinger endret siste døgn ({day.Day}. {CalendarTexts.MonthName(day.Month)})";

    public const string CalendarCancelled = "Nettverksgruppen har avlyst dette tidspunktet.";

    public static string CalendarBody(string meeting, string slot) => $"{meeting}: {slot}. Booket i Teams (SkoleUtvikling); flytt eller avlys på bekreftelsen i gruppens kanal.";

    public static string CalendarFileName(string anchor) => $"Nettverksmøte {anchor}.ics";

    public const string CalendarFileSent = "Kalenderfilen (.ics) er sendt til deg i chatten med meg.";

    public const string CalendarFileDescription = "Nettverksmøtet som kalenderfil (.ics). Åpne den for å legge møtet i kalenderen din.";

    public const string CalendarFileDeclined = "Greit, ingen kalenderfil.";

    public const string CalendarFileDone = "Her er kalenderfilen. Åpne den for å legge møtet i kalenderen din.";

    public const string NotBookedForFile = "Gruppen har ingen booking av dette møtet nå, så det er ingen kalenderfil å sende.";
}
