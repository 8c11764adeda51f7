using System.Text;
using Dapper;
using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Integration.Features.Plan;

/// <summary>
/// Plan files made to exhaust the bot (issue 9, "Plan files"): each is answered with the usual Norwegian refusal
/// naming the file and the reason, nothing is stored, and the bot goes on serving.
/// </summary>
public sealed class PlanHostileFileTests
{
    private static readonly DateTimeOffset Monday = new(2020, 5, 4, 6, 0, 0, TimeSpan.Zero);
    private static readonly string ThirtyMegabytes = PlanImportTexts.TooLargeUnpacked(30L * 1024 * 1024);

    [Fact]
    public async Task A_docx_zip_bomb_is_refused_and_the_next_plan_is_read_as_usual()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await AssertRefusedAsync(kari, "bombe.docx", HostileFiles.ZipBombDocx(), ThirtyMegabytes);

        await kari.SendFileAsync(Plan002Calendar.FileName, Plan002Calendar.Build());
        Assert.Contains(PlanCardTexts.PreviewTitle, CardJson.Serialize(await kari.LastCardAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_zip_bomb_is_refused()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await AssertRefusedAsync(kari, "bombe.xlsx", HostileFiles.ZipBombXlsx(), ThirtyMegabytes);
    }

    [Fact]
    public async Task A_package_of_a_thousand_and_one_parts_is_refused()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await AssertRefusedAsync(kari, "deler.docx", HostileFiles.ManyParts(1001), PlanImportTexts.TooManyParts(1000));
    }

    [Fact]
    public async Task A_docx_with_a_billion_laughs_DTD_is_refused()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await AssertRefusedAsync(kari, "latter.docx", HostileFiles.BillionLaughsDocx(Plan002Calendar.Build()), PlanImportTexts.DtdNotAllowed);
    }

    [Fact]
    public async Task A_plan_with_more_rows_than_the_limit_is_refused()
    {
        await using var kari = await PlanConversation.StartAsync(Monday, new() { ["Plan:Import:MaxRows"] = "10" });

        await AssertRefusedAsync(kari, "plan.docx", Plan002Calendar.Build(), PlanImportTexts.TooManyRows(10));
    }

    [Fact]
    public async Task A_calendar_with_more_events_than_the_limit_is_refused()
    {
        await using var kari = await PlanConversation.StartAsync(Monday, new() { ["Plan:Import:MaxEvents"] = "20" });

        await AssertRefusedAsync(kari, "plan.ics", Encoding.UTF8.GetBytes(HostileFiles.WeeklyIcs(30)), PlanImportTexts.TooManyEvents(20));
    }

    [Fact]
    public async Task A_calendar_with_an_impossible_recurrence_rule_is_refused_instead_of_hanging()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await AssertRefusedAsync(kari, "umulig.ics", Encoding.UTF8.GetBytes(HostileFiles.ImpossibleRecurrenceIcs()), PlanImportTexts.EndlessRecurrence(4));
    }

    [Fact]
    public async Task A_file_not_read_within_the_time_limit_is_refused()
    {
        // A limit of zero: the import is over before it starts, so this needs no slow file and no clock.
        await using var kari = await PlanConversation.StartAsync(Monday, new() { ["Plan:Import:TimeoutSeconds"] = "0" });

        await AssertRefusedAsync(kari, "plan.docx", Plan002Calendar.Build(), PlanImportTexts.TookTooLong(TimeSpan.Zero));
    }

    private static async Task AssertRefusedAsync(PlanConversation kari, string name, byte[] content, string reason)
    {
        await kari.SendFileAsync(name, content);

        Assert.Equal(PlanTexts.Rejected([new PlanImportError(name, null, reason)]), await kari.LastReplyTextAsync());
        await using var db = await kari.OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM plan_imports"));
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM plan_events"));
    }
}
