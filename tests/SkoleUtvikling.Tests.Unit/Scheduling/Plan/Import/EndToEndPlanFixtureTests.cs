using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.PlanImportAssertions;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>
/// The .docx the end-to-end test sends (tests/e2e/fixtures, committed because node cannot run the C#
/// generator) is the seed 002 calendar of <see cref="Plan002Calendar"/>, event for event, and as valid
/// a Word file. When the generator changes, regenerate the file: write <c>Plan002Calendar.Build()</c> to it.
/// </summary>
public class EndToEndPlanFixtureTests
{
    public const string CommittedFile = "utviklingsplan-2020-2021-vestvagoy.docx";

    private static readonly DateTimeOffset BeforeThePlan = new(2020, 5, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_committed_docx_imports_to_exactly_the_events_of_the_generated_002_calendar()
    {
        var importer = new DocxPlanImporter(new FakeTimeProvider(BeforeThePlan));
        var generated = Accepted(importer.Import(new MemoryStream(Plan002Calendar.Build()), Plan002Calendar.FileName));

        using var file = File.OpenRead(CommittedPath());
        var committed = Accepted(importer.Import(file, Plan002Calendar.FileName));

        Assert.Equal(generated.Events.Select(Summary), committed.Events.Select(Summary));
        Assert.Equal(PlanJson.Serialize(generated.Events), PlanJson.Serialize(committed.Events));
        Assert.Equal(generated.Warnings.Select(w => w.Text), committed.Warnings.Select(w => w.Text));
    }

    [Fact]
    public void The_committed_docx_holds_the_KULG_meeting_of_14_May_2020_the_end_to_end_test_waits_for()
    {
        using var file = File.OpenRead(CommittedPath());
        var events = Accepted(new DocxPlanImporter(new FakeTimeProvider(BeforeThePlan)).Import(file, Plan002Calendar.FileName)).Events;

        var kulg = Assert.Single(events, e => e.Programme == Programme.Kulg && e.FirstDate == new DateOnly(2020, 5, 14));
        Assert.Equal("Gå gjennom utkastet til Utviklingsplan og noter kommentarer og spørsmål.", kulg.Lesebestilling?.Text);
    }

    [Fact]
    public void The_committed_docx_is_a_valid_Word_document()
    {
        using var document = WordprocessingDocument.Open(CommittedPath(), isEditable: false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string Summary(PlanEvent e) => $"{e.Key} {Dates(e)} {Time(e)} {e.Programme} {e.Title}";

    private static string CommittedPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "e2e-fixtures", CommittedFile);
        Assert.True(File.Exists(path), $"{path} is missing: tests/e2e/fixtures/{CommittedFile} is copied there by the test project.");
        return path;
    }
}
