using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

public class PlanImportersTests
{
    private static readonly PlanImporters Importers = PlanImporters.All(new FakeTimeProvider(new DateTimeOffset(2020, 5, 1, 6, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_docx_goes_to_the_Word_importer_whatever_the_case_of_its_extension()
    {
        var result = Importers.Import(new MemoryStream(Plan002Calendar.Build()), "Utviklingsplan.DOCX");

        Assert.Equal(36, result.Events.Count);
    }

    [Fact]
    public void A_file_type_no_importer_reads_is_rejected_naming_the_ones_that_work()
    {
        var result = Importers.Import(new MemoryStream([1, 2, 3]), "Utviklingsplan.pdf");

        Assert.Equal(
            ["Utviklingsplan.pdf: filtypen «.pdf» kan ikke leses; last opp planen som .docx, .xlsx, .ics"],
            result.Errors.Select(e => e.Text));
    }
}
