using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Help;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Features.Help;

public sealed class HelpTests
{
    private const string KariAad = "6b1f8e2c-4d0a-4c67-9a3e-3f0a2b1c9d11";

    [Fact]
    public async Task Hjelp_in_a_personal_chat_queues_the_help_card_as_a_reply()
    {
        using var host = new BotHost();
        using var http = new HttpClient { BaseAddress = host.Start() };

        await http.PostActivityAsync(Payloads.Load("personal-message"), ActivityPosting.DeadServiceUrl);

        var (operation, target, card) = await SingleReplyAsync(host);
        Assert.Equal("Reply", operation);
        Assert.Equal("1763972130123", target);
        Assert.Equal(HelpCardTexts.Title, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.DoesNotContain(HelpCardTexts.LeaderHeading, CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_leader_sees_the_leader_lines()
    {
        using var host = new BotHost(new Dictionary<string, string?> { ["Leaders:AadObjectIds:0"] = KariAad });
        using var http = new HttpClient { BaseAddress = host.Start() };

        await http.PostActivityAsync(Payloads.Load("personal-message"), ActivityPosting.DeadServiceUrl);

        var (_, _, card) = await SingleReplyAsync(host);
        Assert.Contains(HelpCardTexts.LeaderHeading, CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hjelp_with_an_at_mention_in_a_channel_is_answered_in_the_thread()
    {
        using var host = new BotHost();
        using var http = new HttpClient { BaseAddress = host.Start() };

        await http.PostActivityAsync(Payloads.Load("channel-mention"), ActivityPosting.DeadServiceUrl);

        await using var db = await host.Services.GetRequiredService<Database>().OpenAsync();
        var conversation = await db.ExecuteScalarAsync<string>("SELECT conversation_id FROM outbox");
        Assert.Equal("19:4b1c7d0e9f2a4c3b8d6e5f1a2b3c4d5e@thread.tacv2;messageid=1763972401456", conversation);
    }

    [Fact]
    public async Task Unknown_text_gets_a_pointer_to_hjelp()
    {
        using var host = new BotHost();
        using var http = new HttpClient { BaseAddress = host.Start() };
        var message = Payloads.Load("personal-message");
        message["text"] = "hva er klokka";

        await http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);

        await using var db = await host.Services.GetRequiredService<Database>().OpenAsync();
        var payload = JsonNode.Parse(await db.ExecuteScalarAsync<string>("SELECT payload FROM outbox") ?? "{}")!;
        Assert.Contains("Skriv **hjelp**", payload["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_answered_once()
    {
        using var host = new BotHost();
        using var http = new HttpClient { BaseAddress = host.Start() };

        await http.PostActivityAsync(Payloads.Load("personal-message"), ActivityPosting.DeadServiceUrl);
        await http.PostActivityAsync(Payloads.Load("personal-message"), ActivityPosting.DeadServiceUrl);

        await using var db = await host.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox"));
    }

    private static async Task<(string Operation, string? Target, JsonNode Card)> SingleReplyAsync(BotHost host)
    {
        await using var db = await host.Services.GetRequiredService<Database>().OpenAsync();
        var row = await db.QuerySingleAsync<(string Operation, string? Target, string Payload)>("SELECT operation, target_activity_id, payload FROM outbox");
        var activity = JsonNode.Parse(row.Payload)!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", activity["attachments"]![0]!["contentType"]!.GetValue<string>());
        return (row.Operation, row.Target, activity["attachments"]![0]!["content"]!);
    }
}
