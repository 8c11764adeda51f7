using System.Text.Json.Nodes;
using Dapper;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Integration.Features.Plan;

/// <summary>A plan with rows the importer cannot read is previewed with those rows as warnings, and «Publiser» applies the rest.</summary>
public sealed class PlanImportToleranceTests
{
    // Monday 4 May 2020, 08:00 in Oslo.
    private static readonly DateTimeOffset Monday = new(2020, 5, 4, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_plan_with_one_unreadable_row_publishes_the_rest_and_a_period_row_gets_no_post()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);
        var docx = new PlanDocxBuilder(PlanDocxBuilder.DateLayout.FirstLineOfSchedule).Header().Heading("MAI – JUNI - 2020")
            .Row("Uke 20", "14.mai", ["Kl. 13.00-15.00 Ledermøte KULG", "Møterom: Teams"],
                ["Utviklingsplan 2020-2021", "Lesebestilling/oppgave:", "Gå gjennom utkastet."], ["Kommunalsjef"])
            .Row("Uke 60", "", ["LP"], ["Rad som ikke kan leses"], ["Enhetsledere"])
            .Row("Uke 21 - 25", "", ["LP", "18.05 – 19.06.20"], ["Gjennomføring av Spørreundersøkelsen"], ["Enhetsledere"])
            .Build();

        await kari.SendFileAsync("plan.docx", docx);

        var card = CardJson.Serialize(await kari.LastCardAsync());
        Assert.Contains("Jeg fant **2** møter i «plan.docx»", card, StringComparison.Ordinal);
        Assert.Contains("Rad 4: leste ikke «Uke 60» som ukenummer; raden er hoppet over", card, StringComparison.Ordinal);
        Assert.Contains("Rad 5: leste ikke «18.05 – 19.06.20» som klokkeslett; raden er tatt med som en periode", card, StringComparison.Ordinal);

        await kari.PressAsync(PublishData(await kari.LastCardAsync()));

        // The KULG meeting's lesebestilling and reminder; nothing for the period, which asks for no lesebestilling.
        Assert.StartsWith("Planen er publisert: **2** møter (2 nye, 0 endret, 0 fjernet). **2** innlegg er planlagt", await kari.LastReplyTextAsync(), StringComparison.Ordinal);
        await using var db = await kari.OpenAsync();
        Assert.Equal(
            ["2020-05-14", "2020-05-18"],
            await db.QueryAsync<string>("SELECT first_date FROM plan_events WHERE removed = FALSE ORDER BY first_date"));
    }

    [Fact]
    public async Task The_preview_of_a_plan_with_40_date_errors_shows_every_one_of_them()
    {
        await using var kari = await PlanConversation.StartAsync(Monday);
        var doc = new PlanDocxBuilder().Header().Heading("HØSTEN 2020");
        var saturday = new DateOnly(2020, 8, 22);
        for (var i = 0; i < 40; i++)
        {
            var day = saturday.AddDays(7 * i);
            doc.Row($"Uke {System.Globalization.ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue))}", day.ToString("d.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
                ["Kl. 10.00-12.00 KULG"], [$"Lørdagsmøte {i + 1}"], ["Kommunalsjef"]);
        }

        await kari.SendFileAsync("lørdager.docx", doc.Build());

        var card = CardJson.Serialize(await kari.LastCardAsync());
        for (var i = 0; i < 40; i++)
        {
            Assert.Contains($"Rad {i + 3}: {Norwegian(saturday.AddDays(7 * i))} er en lørdag", card, StringComparison.Ordinal);
        }
    }

    private static string Norwegian(DateOnly date) => SkoleUtvikling.Scheduling.Calendar.CalendarTexts.Date(date);

    private static JsonNode PublishData(JsonNode card) => card["body"]!.AsArray().Last()!["actions"]![0]!["data"]!;
}
