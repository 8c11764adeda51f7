using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>The files we generate (the 002 fixture and the .xlsx template) are valid Office Open XML, so Word and Excel open them.</summary>
public class GeneratedFilesValidityTests
{
    private static readonly OpenXmlValidator Validator = new(FileFormatVersions.Office2019);

    private static void AssertValid(OpenXmlPackage document)
    {
        var errors = Validator.Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_002_fixture_is_a_valid_Word_document()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Plan002Calendar.Build()), isEditable: false);

        AssertValid(document);
    }

    [Fact]
    public void The_xlsx_template_filled_with_the_002_plan_is_a_valid_workbook()
    {
        var events = DocxPlanImporterTests.Import(Plan002Calendar.Build(), DateTimeOffset.UnixEpoch).Events;
        using var xlsx = new MemoryStream();
        XlsxPlanTemplate.Write(xlsx, events);
        xlsx.Position = 0;

        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);

        AssertValid(document);
    }
}
