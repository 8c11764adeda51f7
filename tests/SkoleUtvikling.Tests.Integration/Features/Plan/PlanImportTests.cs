using System.Text.Json.Nodes;
using Dapper;
using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Integration.Scheduling;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Integration.Features.Plan;

public sealed class PlanImportTests
{
    // Monday 4 May 2020, 08:00 in Oslo: the plan's first meeting (KULG, 14 May) is ten days ahead.
    private static readonly DateTimeOffset Monday = new(2020, 5, 4, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_leader_who_sends_the_plan_gets_a_preview_and_nothing_is_published_yet()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);
        var expected = new DocxPlanImporter(kari.Clock).Import(new MemoryStream(Plan002Calendar.Build()), Plan002Calendar.FileName);

        await kari.SendFileAsync(Plan002Calendar.FileName, Plan002Calendar.Build());

        var card = CardJson.Serialize(await kari.LastCardAsync());
        Assert.Contains(PlanCardTexts.PreviewTitle, card, StringComparison.Ordinal);
        Assert.Contains(PlanCardTexts.PreviewIntro(Plan002Calendar.FileName, expected.Events.Count), card, StringComparison.Ordinal);
        Assert.Contains("14.05.2020 kl. 13.00–15.00, Teams – KULG", card, StringComparison.Ordinal);
        foreach (var warning in expected.Warnings)
        {
            Assert.Contains(warning.Text, card, StringComparison.Ordinal);
        }

        await using var db = await kari.OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM plan_events"));
        Assert.Equal("preview", await db.ExecuteScalarAsync<string>("SELECT status FROM plan_imports"));
    }

    [Fact]
    public async Task The_same_plan_as_an_Excel_sheet_from_the_template_gives_the_same_preview()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);
        var events = new DocxPlanImporter(kari.Clock).Import(new MemoryStream(Plan002Calendar.Build()), Plan002Calendar.FileName).Events;
        using var sheet = new MemoryStream();
        XlsxPlanTemplate.Write(sheet, events);

        await kari.SendFileAsync("plan.xlsx", sheet.ToArray());

        var card = CardJson.Serialize(await kari.LastCardAsync());
        Assert.Contains(PlanCardTexts.PreviewIntro("plan.xlsx", events.Count), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_file_is_rejected_with_file_and_reason_and_nothing_is_stored()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await kari.SendFileAsync("plan.docx", "dette er ikke en Word-fil"u8.ToArray());

        var text = await kari.LastReplyTextAsync();
        Assert.StartsWith("Jeg kunne ikke lese planen, og ingenting er endret", text, StringComparison.Ordinal);
        Assert.Contains("plan.docx", text, StringComparison.Ordinal);
        await using var db = await kari.OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM plan_imports"));
    }

    [Fact]
    public async Task Two_files_at_once_preview_the_first_and_say_so()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await kari.SendFilesAsync([(Plan002Calendar.FileName, Plan002Calendar.Build()), ("annen.docx", Plan002Calendar.Build())]);

        Assert.Equal(PlanTexts.OneFileAtATime, await kari.LastReplyTextAsync());
        await using var db = await kari.OpenAsync();
        Assert.Equal(Plan002Calendar.FileName, await db.ExecuteScalarAsync<string>("SELECT file_name FROM plan_imports"));
    }

    [Fact]
    public async Task A_file_of_another_type_gets_a_Norwegian_explanation()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await kari.SendFileAsync("plan.pdf", [1, 2, 3]);

        Assert.Equal(FileTexts.WrongType("plan.pdf", ["docx", "xlsx", "ics"]), await kari.LastReplyTextAsync());
    }

    [Fact]
    public async Task Someone_who_is_not_a_leader_cannot_import_a_plan()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);

        await kari.SendFileAsync(Plan002Calendar.FileName, Plan002Calendar.Build(), aad: "11111111-2222-3333-4444-555555555555");

        Assert.Equal(PlanTexts.OnlyLeadersImport, await kari.LastReplyTextAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Publiser_publishes_and_the_lesebestilling_is_posted_once_in_the_linked_channel_on_time(bool dateOnFirstLineOfTidCell)
    {
        await using var kari = await PlanConversation.StartAsync(Monday);
        await kari.SayInKulgChannelAsync("koble KULG");

        // The four columns of seed 002's header, «14.mai» as the first line of the TID/FAGOMRÅDE/PROGRAM cell.
        var plan = dateOnFirstLineOfTidCell
            ? Plan002Calendar.Write(new PlanDocxBuilder(PlanDocxBuilder.DateLayout.FirstLineOfSchedule)).Build()
            : Plan002Calendar.Build();
        await kari.SendFileAsync(Plan002Calendar.FileName, plan);

        await kari.PressAsync(PublishData(await kari.LastCardAsync()));

        var receipt = await kari.LastReplyTextAsync();
        Assert.StartsWith("Planen er publisert", receipt, StringComparison.Ordinal);
        await using var db = await kari.OpenAsync();
        var key = await db.ExecuteScalarAsync<string>("SELECT event_key FROM plan_events WHERE programme = 'kulg' AND first_date = '2020-05-14'");
        Assert.NotNull(key);
        var postKey = $"post:72f988bf-86f1-41af-91ab-2d7cd011db47|{key}/lesebestilling";
        const string count = "SELECT COUNT(*) FROM outbox WHERE dedupe_key = @postKey";

        // Thursday 7 May 2020, 08:00 in Oslo is 06:00 UTC: a minute before, nothing.
        kari.Clock.SetUtcNow(new DateTimeOffset(2020, 5, 7, 5, 59, 0, TimeSpan.Zero));
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>(count, new { postKey }));
        kari.Clock.SetUtcNow(new DateTimeOffset(2020, 5, 7, 6, 0, 5, TimeSpan.Zero));
        await Eventually.HoldsAsync(async () => await db.ExecuteScalarAsync<long>(count, new { postKey }) == 1, "the lesebestilling is queued");
        kari.Clock.Advance(TimeSpan.FromDays(1));

        var post = await db.QuerySingleAsync<(string ConversationId, string Payload)>("SELECT conversation_id, payload FROM outbox WHERE dedupe_key = @postKey", new { postKey });
        Assert.Equal(PlanConversation.KulgChannel, post.ConversationId);
        Assert.Contains("Lesebestilling – KULG", post.Payload, StringComparison.Ordinal);
        Assert.Contains("Gå gjennom utkastet til Utviklingsplan", post.Payload, StringComparison.Ordinal);
        Assert.Equal(1L, await db.ExecuteScalarAsync<long>(count, new { postKey }));
    }

    [Fact]
    public async Task Publiser_twice_publishes_once()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);
        await kari.SendFileAsync(Plan002Calendar.FileName, Plan002Calendar.Build());
        var publish = PublishData(await kari.LastCardAsync());

        await kari.PressAsync(publish);
        await kari.PressAsync(publish);

        Assert.Equal(PlanTexts.AlreadyDecided, await kari.LastReplyTextAsync());
    }

    [Fact]
    public async Task A_re_import_shows_what_changes_and_publishing_applies_exactly_that()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);
        await kari.SendFileAsync("plan.docx", TwoMeetings("Gå gjennom utkastet.", includeFagdag: true));
        await kari.PressAsync(PublishData(await kari.LastCardAsync()));

        await kari.SendFileAsync("plan.docx", TwoMeetings("Les kapittel 3 i utkastet.", includeFagdag: false, extraProsjektmote: true));

        var card = CardJson.Serialize(await kari.LastCardAsync());
        Assert.Contains(PlanCardTexts.Changes(new PlanChanges(1, 1, 1, 0, [])), card, StringComparison.Ordinal);
        await kari.PressAsync(PublishData(await kari.LastCardAsync()));
        await using var db = await kari.OpenAsync();
        var active = (await db.QueryAsync<string>("SELECT programme FROM plan_events WHERE removed = FALSE ORDER BY programme")).ToList();
        Assert.Equal(["kulg", "prosjektmote"], active);
        Assert.Contains("Les kapittel 3", await db.ExecuteScalarAsync<string>("SELECT event_json FROM plan_events WHERE programme = 'kulg'"), StringComparison.Ordinal);
        Assert.True(await db.ExecuteScalarAsync<bool>("SELECT removed FROM plan_events WHERE programme = 'fagdag'"));
    }

    private static JsonNode PublishData(JsonNode card) =>
        card["body"]!.AsArray().Last()!["actions"]![0]!["data"]!;

    private static byte[] TwoMeetings(string lesebestilling, bool includeFagdag, bool extraProsjektmote = false)
    {
        var doc = new PlanDocxBuilder().Header().Heading("MAI – JUNI - 2020");
        doc.Row("Uke 20", "14.mai", ["Kl. 13.00-15.00 Ledermøte KULG", "Møterom: Teams"], ["Utviklingsplan 2020-2021", "Lesebestilling/oppgave:", lesebestilling], ["Kommunalsjef"]);
        if (includeFagdag)
        {
            doc.Row("Uke 24", "10.juni", ["Kl. 09.00-15.00 Fagdag"], ["Fagdag for alle ansatte"], ["Alle"]);
        }

        if (extraProsjektmote)
        {
            doc.Row("Uke 25", "17.juni", ["Kl. 10.00-12.00 Prosjektmøte", "Møterom: Rådhuset"], ["Regional prosjektgruppe"], ["Prosjektgruppa"]);
        }

        return doc.Build();
    }
}
