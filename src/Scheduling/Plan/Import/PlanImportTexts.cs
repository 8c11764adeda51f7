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

    public static string NoProgramme(string title) =>
        $"fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «{title}»; den er lagt under Annet";

    public static string DuplicateKey(int firstRow, string key) =>
        $"samme program, dato og tittel som rad {firstRow}; nøkkelen blir {key}";

    public static string NoDate => "raden har innhold, men verken uke eller dato; den er hoppet over";

    public static string NoTitle => "raden har dato, men ingen tittel; den er hoppet over";

    public static string UnreadableDate(string text) => $"leste ikke «{text}» som dato";

    public static string InvalidDate(string text) => $"«{text}» er ikke en gyldig dato";

    public static string DatesReversed(DateOnly first, DateOnly last) =>
        $"sluttdatoen {CalendarTexts.Date(last)} er før startdatoen {CalendarTexts.Date(first)}";

    public static string UnknownYear(string text) =>
        $"vet ikke hvilket år «{text}» gjelder; sett inn en overskrift med årstall (som «Høst 2020») over raden";

    public static string UnreadableWeek(string text) => $"leste ikke «{text}» som ukenummer";

    public static string UnreadableTime(string text) => $"leste ikke «{text}» som klokkeslett";

    /// <summary>What became of a row that could not be read as written, after "; ".</summary>
    public const string RowSkipped = "raden er hoppet over";

    public const string RowTakenAsPeriod = "raden er tatt med som en periode";

    public const string RowTakenWithoutTime = "raden er tatt med uten klokkeslett";

    public static string RowTakenAsWeeks(WeekRange weeks) =>
        weeks.First == weeks.Last ? $"raden er tatt med som uke {weeks.First}" : $"raden er tatt med som uke {weeks.First}–{weeks.Last}";

    public static string Outcome(string problem, string outcome) => $"{problem}; {outcome}";

    public static string History(int count) =>
        count == 1 ? "1 møte før i dag er tatt med som historikk" : $"{count} møter før i dag er tatt med som historikk";

    public static string TooManyRows(int max) => $"planen har flere enn {max} rader; del den opp eller fjern rader som ikke er møter";

    public static string TooManyEvents(int max) => $"planen gir flere enn {max} møter; del den opp";

    public static string TooManyParts(int max) => $"filen har flere enn {max} deler, mer enn en plan kan ha";

    public static string TooLargeUnpacked(long maxBytes) => $"filen pakker seg ut til mer enn {maxBytes / (1024 * 1024)} MB, mer enn en plan kan være";

    public const string DtdNotAllowed = "filen inneholder en dokumenttypedefinisjon (<!DOCTYPE>), som ikke er tillatt i en plan";

    public static string EndlessRecurrence(int line) =>
        $"gjentakelsesregelen (RRULE) til hendelsen på linje {line} gir ingen datoer innen rimelig tid";

    public static string TookTooLong(TimeSpan limit) =>
        $"det tok for lang tid å lese filen (mer enn {limit.TotalSeconds:0} sekunder)";

    public static string TimeReversed(string text) => $"klokkeslettet «{text}» slutter før det begynner";

    public static string NotADocx => "filen er ikke et Word-dokument (.docx) som kan leses";

    public static string NotAnXlsx => "filen er ikke et Excel-ark (.xlsx) som kan leses";

    public static string NotAnIcs => "filen er ikke en kalenderfil (.ics) som kan leses";

    public static string NoCalendarTable =>
        "fant ingen kalendertabell; en av de første radene i tabellen må ha en kolonne for uke eller dato (som UKE, DATO eller NÅR) og en for innholdet (som UTVIKLINGSPLAN - TEMA OG OPPGAVER, TEMA eller HVA)";

    public static string MissingColumn(string column) => $"kalendertabellen mangler kolonnen {column}";

    public static string MoreThanOneTable(int count) => $"fant {count} kalendertabeller; bare den første er lest";

    public static string NoStart => "hendelsen mangler startdato (DTSTART)";

    public static string RecurrenceCut(int years) => $"hendelsen gjentas mer enn {years} år fram; bare de første {years} årene er tatt med";

    public static string EmptyPlan => "fant ingen hendelser i kalendertabellen";
}
