using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.PlanImportAssertions;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>
/// The generated 002 files opened and saved again by LibreOffice 7 ("soffice --convert-to docx/xlsx"), checked
/// in as Fixtures/plan002-libreoffice.*: another writer's markup (its own runs, styles, hyperlink and
/// shared-string layout) must read the same.
/// </summary>
public class ResavedPlanFilesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2020, 5, 1, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_002_calendar_saved_by_LibreOffice_as_docx_reads_the_same()
    {
        var expected = Accepted(new DocxPlanImporter(Clock).Import(new MemoryStream(Plan002Calendar.Build()), "a.docx"));

        var resaved = Accepted(new DocxPlanImporter(Clock).Import(Resource("plan002-libreoffice.docx"), "b.docx"));

        Assert.Equal(expected.Events.Select(Full), resaved.Events.Select(Full));
        Assert.Equal(expected.Warnings, resaved.Warnings);
    }

    [Fact]
    public void The_002_template_saved_by_LibreOffice_as_xlsx_reads_the_same()
    {
        var expected = Accepted(new DocxPlanImporter(Clock).Import(new MemoryStream(Plan002Calendar.Build()), "a.docx"));

        var resaved = Accepted(new XlsxPlanImporter(Clock).Import(Resource("plan002-libreoffice.xlsx"), "b.xlsx"));

        Assert.Equal(expected.Events.Select(e => e.Key), resaved.Events.Select(e => e.Key));
        Assert.Equal(expected.Events.Select(e => (Dates(e), Time(e), e.Room, e.Lesebestilling?.Text, Participants(e))),
            resaved.Events.Select(e => (Dates(e), Time(e), e.Room, e.Lesebestilling?.Text, Participants(e))));
    }

    private static string Full(PlanEvent e) =>
        string.Join(" ¦ ", e.Key, e.Programme, e.Title, Dates(e), Time(e), e.Weeks, e.Room, e.Topic, e.Details, e.Lesebestilling?.Text,
            string.Join(",", e.Lesebestilling?.Links ?? []), Participants(e), e.Responsible, e.Window, e.Agenda, e.SourceRow);

    private static Stream Resource(string name) =>
        typeof(ResavedPlanFilesTests).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"Embedded test file {name} is missing from the test assembly.");
}
