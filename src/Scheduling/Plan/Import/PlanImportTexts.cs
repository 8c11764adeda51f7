using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>Every bokmål message of the plan import, in one place so nynorsk can follow.</summary>
public static class PlanImportTexts
{
    public static string RowPrefix(int row, string message) => $"Rad {row}: {message}";

    public static string FileRow(string file, int row, string message) => $"{file}, rad {row}: {message}";

    public static string WeekMismatch(int week, DateOnly date) =>
        $"uke {week} stemmer ikke med {CalendarTexts.Date(date)}, som er i uke {System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue))}";

    public static string Weekend(DateOnly date) => $"{CalendarTexts.Date(date)} er en {CalendarTexts.WeekdayName(date.DayOfWeek)}";

    public static string PublicHoliday(DateOnly date, string name) => $"{CalendarTexts.Date(date)} er en helligdag ({name})";

    public static string Passed(DateOnly first, DateOnly last) =>
        first == last
            ? $"{CalendarTexts.Date(first)} er allerede passert"
            : $"perioden {CalendarTexts.Date(first)}–{CalendarTexts.Date(last)} er allerede passert";

    public static string NoProgramme(string title) =>
        $"fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «{title}»; den er lagt under Annet";

    public static string DuplicateKey(int firstRow, string key) =>
        $"samme program, dato og tittel som rad {firstRow}; nøkkelen blir {key}";

    public static string NoDate => "raden har innhold, men verken uke eller dato; den er hoppet over";

    public static string NoTitle => "raden har dato, men ingen tittel; den er hoppet over";

    public static string UnreadableDate(string text) => $"kan ikke lese datoen «{text}»";

    public static string InvalidDate(string text) => $"«{text}» er ikke en gyldig dato";

    public static string DatesReversed(DateOnly first, DateOnly last) =>
        $"sluttdatoen {CalendarTexts.Date(last)} er før startdatoen {CalendarTexts.Date(first)}";

    public static string UnknownYear(string text) =>
        $"vet ikke hvilket år «{text}» gjelder; sett inn en overskrift med årstall (som «Høst 2020») over raden";

    public static string UnreadableWeek(string text) => $"kan ikke lese ukenummeret «{text}»";

    public static string UnreadableTime(string text) => $"kan ikke lese klokkeslettet «{text}»";

    public static string TimeReversed(string text) => $"klokkeslettet «{text}» slutter før det begynner";

    public static string NotADocx => "filen er ikke et Word-dokument (.docx) som kan leses";

    public static string NotAnXlsx => "filen er ikke et Excel-ark (.xlsx) som kan leses";

    public static string NotAnIcs => "filen er ikke en kalenderfil (.ics) som kan leses";

    public static string NoCalendarTable =>
        "fant ingen kalendertabell; den første raden må ha kolonnene UKE, TID/FAGOMRÅDE/PROGRAM, UTVIKLINGSPLAN - TEMA OG OPPGAVER og DELTAGERE/ANSVAR";

    public static string MissingColumn(string column) => $"kalendertabellen mangler kolonnen {column}";

    public static string MoreThanOneTable(int count) => $"fant {count} kalendertabeller; bare den første er lest";

    public static string NoStart => "hendelsen mangler startdato (DTSTART)";

    public static string RecurrenceCut(int years) => $"hendelsen gjentas mer enn {years} år fram; bare de første {years} årene er tatt med";

    public static string EmptyPlan => "fant ingen hendelser i kalendertabellen";
}
