using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.PlanImportAssertions;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>Table layouts other plans use: merged cells, week and date in one cell, other column orders, school-year headings.</summary>
public class DocxPlanImporterLayoutTests
{
    private static readonly DateTimeOffset Now = new(2020, 5, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Vertically_merged_week_and_date_cells_repeat_the_text_above()
    {
        var docx = new PlanDocxBuilder().Header().Heading("Høst 2020")
            .Row("Uke 37", "9.september", ["LP", "08.30-15.00"], ["Fagdag 1 Om støttesystemer"], ["SePU"])
            .Row(PlanDocxBuilder.Continue, PlanDocxBuilder.Continue, ["15.00-16.30 Prosjektmøte"], ["Møte i regional prosjektgruppe LP"], ["SePU"])
            .Build();

        var result = Accepted(DocxPlanImporterTests.Import(docx, Now));

        Assert.Equal(["2020-09-09", "2020-09-09"], result.Events.Select(Dates));
        Assert.Equal([Programme.Fagdag, Programme.Prosjektmote], result.Events.Select(e => e.Programme));
        Assert.Equal("15.00-16.30", Time(result.Events[1]));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Week_and_date_in_one_cell_are_read()
    {
        var docx = new PlanDocxBuilder(weekAndDateInOneCell: true).Header().Heading("MAI – JUNI - 2020")
            .Row("Uke 20", "14.mai", ["Kl. 13.00-15.00 Ledermøte KULG"], ["Utviklingsplan 2020-2021"], ["Kommunalsjef"])
            .Row("Uke 25", "", [], [], [])
            .Row("Uke 24", "12.juni", ["IBSM"], ["Kjernenettverk"], [])
            .Build();

        var result = Accepted(DocxPlanImporterTests.Import(docx, Now));

        Assert.Equal(["2020-05-14", "2020-06-12"], result.Events.Select(Dates));
        Assert.Equal([new WeekRange(20, 20), new WeekRange(24, 24)], result.Events.Select(e => e.Weeks));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Columns_are_found_by_their_header_in_any_order()
    {
        var docx = new PlanDocxBuilder()
            .RawRow(["DELTAGERE/ANSVAR"], ["UTVIKLINGSPLAN - TEMA OG OPPGAVER"], ["UKE"], ["DATO"], ["TID/FAGOMRÅDE/PROGRAM"])
            .RawRow(["HØSTEN 2020"], [], [], [], [])
            .RawRow(["Kommunalsjef", "Ansvar: Bianca"], ["Lederutvikling barnehage- og skoleledere"], ["Uke 47"], ["19.november"],
                ["Kl. 08.30-11.30: Lederutvikling", "Møterom: Rådhuset"])
            .Build();

        var result = Accepted(DocxPlanImporterTests.Import(docx, Now));

        var e = Assert.Single(result.Events);
        Assert.Equal(
            (Programme.Lederutvikling, "2020-11-19", "08.30-11.30", "Rådhuset", "Kommunalsjef", "Bianca"),
            (e.Programme, Dates(e), Time(e), e.Room, Participants(e), e.Responsible));
    }

    [Fact]
    public void A_school_year_heading_puts_january_in_the_second_year()
    {
        var docx = new PlanDocxBuilder().Header().Heading("Skoleåret 2020-2021")
            .Row("Uke 47", "19.november", ["Lederutvikling"], ["Lederutvikling"], [])
            .Row("Uke 3", "21. januar", ["Lederutvikling"], ["Lederutvikling"], [])
            .Row("Uke 8 - 10", "", ["LP"], ["Kompetansepakke"], [])
            .Build();

        var result = Accepted(DocxPlanImporterTests.Import(docx, Now));

        Assert.Equal(["2020-11-19", "2021-01-21", "2021-02-22..2021-03-12"], result.Events.Select(Dates));
    }

    [Fact]
    public void Two_rows_with_the_same_programme_date_and_title_get_numbered_keys()
    {
        var docx = new PlanDocxBuilder().Header().Heading("HØSTEN 2020")
            .Row("Uke 39", "24.september", ["Lederutvikling"], ["Lederutvikling barnehage- og skoleledere"], [])
            .Row("Uke 39", "24.september", ["Lederutvikling"], ["Lederutvikling  barnehage- og SKOLELEDERE."], [])
            .Build();

        var result = Accepted(DocxPlanImporterTests.Import(docx, Now));

        Assert.Equal(
            ["lederutvikling-2020-09-24-lederutvikling-barnehage-og-skoleledere", "lederutvikling-2020-09-24-lederutvikling-barnehage-og-skoleledere-2"],
            result.Events.Select(e => e.Key));
        Assert.Equal(
            ["Rad 4: samme program, dato og tittel som rad 3; nøkkelen blir lederutvikling-2020-09-24-lederutvikling-barnehage-og-skoleledere-2"],
            result.Warnings.Select(w => w.Text));
    }

    [Fact]
    public void A_row_on_a_public_holiday_or_without_week_and_date_is_warned_about()
    {
        var docx = new PlanDocxBuilder().Header().Heading("VÅREN 2021")
            .Row("Uke 19", "13. mai", ["KULG"], ["Ledermøte"], [])
            .Row("", "", ["KULG"], ["Ledermøte uten dato"], [])
            .Row("Uke 20", "", [], [], ["Kommunalsjef"])
            .Build();

        var result = Accepted(DocxPlanImporterTests.Import(docx, Now));

        Assert.Single(result.Events);
        Assert.Equal(
            [
                "Rad 3: 13. mai 2021 er en helligdag (Kristi himmelfartsdag)",
                "Rad 4: raden har innhold, men verken uke eller dato; den er hoppet over",
                "Rad 5: raden har dato, men ingen tittel; den er hoppet over",
            ],
            result.Warnings.Select(w => w.Text));
    }

    [Fact]
    public void Links_written_as_text_are_found()
    {
        var docx = new PlanDocxBuilder().Header().Heading("HØSTEN 2020")
            .Row("Uke 37", "9.september", ["LP"],
                ["Fagdag 1", "Lesebestilling/oppgave: Les kapittel 2 på https://www.udir.no/kvalitet-og-kompetanse/.", "Spørsmål til ola@example.no"], [])
            .Build();

        var result = Accepted(DocxPlanImporterTests.Import(docx, Now));

        var lesebestilling = Assert.Single(result.Events).Lesebestilling!;
        Assert.Equal("Les kapittel 2 på https://www.udir.no/kvalitet-og-kompetanse/.\nSpørsmål til ola@example.no", lesebestilling.Text);
        Assert.Equal([new Uri("https://www.udir.no/kvalitet-og-kompetanse/"), new Uri("mailto:ola@example.no")], lesebestilling.Links);
    }
}
