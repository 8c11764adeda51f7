using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Integration.Features.Plan;

public sealed class PlanPostingTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static readonly DateTimeOffset Monday = new(2020, 5, 4, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Plan_in_a_linked_channel_lists_only_that_programmes_next_meetings()
    {
        await using var kari = await PublishedAsync();
        await kari.SayInKulgChannelAsync("koble KULG");

        await kari.SayInKulgChannelAsync("plan");

        var card = CardJson.Serialize(await kari.LastCardAsync());
        Assert.Contains(PlanCardTexts.ListTitle, card, StringComparison.Ordinal);
        Assert.Contains("14.05.2020", card, StringComparison.Ordinal);
        Assert.DoesNotContain("– LP\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_in_a_channel_without_a_programme_says_how_to_link_one()
    {
        await using var kari = await PublishedAsync();

        await kari.SayInKulgChannelAsync("plan");

        Assert.Equal(PlanTexts.List.ChannelNotLinked, await kari.LastReplyTextAsync());
    }

    [Fact]
    public async Task A_post_for_a_programme_without_a_channel_is_not_lost_the_coordinator_is_told()
    {
        await using var kari = await PublishedAsync();
        var key = await KulgKeyAsync(kari);
        var dispatcher = kari.Host.Services.GetRequiredService<IPostDispatcher>();

        await dispatcher.DispatchAsync($"{Tenant}|{key}/lesebestilling", Monday, late: false, CancellationToken.None);
        await dispatcher.DispatchAsync($"{Tenant}|{key}/lesebestilling", Monday, late: false, CancellationToken.None);

        await using var db = await kari.OpenAsync();
        var told = (await db.QueryAsync<string>("SELECT payload FROM outbox WHERE dedupe_key LIKE 'unlinked:%'")).ToList();
        Assert.Contains("koble KULG", Assert.Single(told), StringComparison.Ordinal);
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'post:%'"));
    }

    [Fact]
    public async Task A_post_missed_beyond_the_grace_period_is_reported_to_the_coordinator_once()
    {
        await using var kari = await PublishedAsync();
        var key = await KulgKeyAsync(kari);
        var reporter = kari.Host.Services.GetRequiredService<IMisfireReporter>();

        await reporter.ReportMissedAsync($"{Tenant}|{key}/lesebestilling", Monday, Monday.AddHours(5), CancellationToken.None);
        await reporter.ReportMissedAsync($"{Tenant}|{key}/lesebestilling", Monday, Monday.AddHours(6), CancellationToken.None);

        await using var db = await kari.OpenAsync();
        var (conversation, payload) = await db.QuerySingleAsync<(string, string)>("SELECT conversation_id, payload FROM outbox WHERE dedupe_key LIKE 'missed:%'");
        Assert.Equal("a:1Kf3qAlVMXfNoGp0oZ3Y5Y4W0p1c6Y8ZB9oKyq7m0T0x", conversation);
        Assert.Contains("for sent", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_whose_meeting_was_removed_from_the_plan_is_not_posted()
    {
        await using var kari = await PublishedAsync();
        await kari.SayInKulgChannelAsync("koble KULG");
        var dispatcher = kari.Host.Services.GetRequiredService<IPostDispatcher>();

        await dispatcher.DispatchAsync($"{Tenant}|kulg-2020-05-14-no-such-meeting/lesebestilling", Monday, late: false, CancellationToken.None);

        await using var db = await kari.OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'post:%'"));
    }

    private static async Task<PlanConversation> PublishedAsync()
    {
        var kari = await PlanConversation.StartAsync(Monday);
        await kari.SendFileAsync(Plan002Calendar.FileName, Plan002Calendar.Build());
        await kari.PressAsync((await kari.LastCardAsync())["body"]!.AsArray().Last()!["actions"]![0]!["data"]!);
        return kari;
    }

    private static async Task<string> KulgKeyAsync(PlanConversation kari)
    {
        await using var db = await kari.OpenAsync();
        return (await db.ExecuteScalarAsync<string>("SELECT event_key FROM plan_events WHERE programme = 'kulg' AND first_date = '2020-05-14'"))!;
    }
}
