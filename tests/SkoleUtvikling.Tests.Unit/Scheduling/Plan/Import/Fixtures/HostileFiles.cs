using System.IO.Compression;
using System.Text;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

/// <summary>Plan files made to hurt the importer: zip bombs, part floods, DTD entity expansion, endless recurrences.</summary>
internal static class HostileFiles
{
    /// <summary>A .docx whose document part inflates to <paramref name="megabytes"/> MB of whitespace (a few dozen KB zipped).</summary>
    public static byte[] ZipBombDocx(int megabytes = 40) =>
        Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)),
            ("word/document.xml", Whitespace(megabytes)));

    /// <summary>An .xlsx whose sheet inflates to <paramref name="megabytes"/> MB.</summary>
    public static byte[] ZipBombXlsx(int megabytes = 40) =>
        Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)),
            ("xl/worksheets/sheet1.xml", Whitespace(megabytes)));

    /// <summary>A package of <paramref name="entries"/> tiny parts.</summary>
    public static byte[] ManyParts(int entries) =>
        Zip([("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), .. Enumerable.Range(0, entries).Select(i => ($"customXml/item{i}.xml", "<a/>"u8.ToArray()))]);

    /// <summary>A real plan whose document part starts with a DTD that expands an entity a billion times ("billion laughs").</summary>
    public static byte[] BillionLaughsDocx(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            var laughs = new StringBuilder("<!DOCTYPE w:document [<!ENTITY l0 \"ha\">");
            for (var i = 1; i <= 9; i++)
            {
                laughs.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY l{i} \"&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};\">");
            }

            laughs.Append("]>");
            var declarationEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
            var hostile = xml[..declarationEnd] + laughs + xml[declarationEnd..].Replace("Kalender og milepæler", "&l9;", StringComparison.Ordinal);
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(hostile);
        }

        return stream.ToArray();
    }

    /// <summary>A calendar whose one event recurs on 30 February every year: a rule with no date at all.</summary>
    public static string ImpossibleRecurrenceIcs() => Ics(
        "BEGIN:VEVENT",
        "UID:umulig@skoleutvikling.test",
        "DTSTART;TZID=Europe/Oslo:20260930T090000",
        "DTEND;TZID=Europe/Oslo:20260930T100000",
        "SUMMARY:Ledermøte KULG",
        "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "END:VEVENT");

    /// <summary>A calendar with a weekly event that occurs <paramref name="count"/> times.</summary>
    public static string WeeklyIcs(int count) => Ics(
        "BEGIN:VEVENT",
        "UID:ukentlig@skoleutvikling.test",
        "DTSTART;TZID=Europe/Oslo:20260903T090000",
        "DTEND;TZID=Europe/Oslo:20260903T100000",
        "SUMMARY:Ledermøte KULG",
        $"RRULE:FREQ=WEEKLY;COUNT={count}",
        "END:VEVENT");

    private static string Ics(params string[] lines) =>
        string.Join("\r\n", ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SkoleUtvikling//test//NO", .. lines, "END:VCALENDAR", ""]);

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    private static byte[] Whitespace(int megabytes)
    {
        var bytes = new byte[megabytes * 1024 * 1024];
        Array.Fill(bytes, (byte)' ');
        "<a>"u8.CopyTo(bytes);
        "</a>"u8.CopyTo(bytes.AsSpan(bytes.Length - 4));
        return bytes;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
