using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Tests.Integration.Protocol.Inbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Hostile;

/// <summary>
/// Clicks on cards and dialogs the bot no longer knows (an old card after a deploy, a removed round,
/// data it never made): answered in the shape Teams expects with a short Norwegian text, never 501/500.
/// </summary>
public sealed class StaleCardTests(HostileBotFixture fixture) : IClassFixture<HostileBotFixture>
{
    private RegisteredBot Bot => fixture.Bot;

    public static TheoryData<string, string> DialogClicks => new()
    {
        { "task/fetch", "{\"data\":{\"verb\":\"gammel.knapp\"},\"context\":{\"theme\":\"default\"}}" },
        { "task/submit", "{\"data\":{\"verb\":\"gammel.knapp\",\"q1\":\"svar\"}}" },
        { "task/fetch", "{}" },
        { "task/submit", "{\"data\":{}}" },
    };

    [Theory]
    [MemberData(nameof(DialogClicks))]
    public async Task Unknown_dialog_click_gets_a_message_task_response(string name, string value)
    {
        var body = await InvokeAsync(name, JsonNode.Parse(value)!);

        Assert.Equal("message", body["task"]!["type"]!.GetValue<string>());
        Assert.Equal(RoutingTexts.CardNoLongerKnown, body["task"]!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"gammel.knapp\",\"data\":{\"verb\":\"gammel.knapp\"}},\"trigger\":\"manual\"}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\"},\"trigger\":\"automatic\"}")]
    [InlineData("{}")]
    public async Task Unknown_universal_action_gets_a_message_response(string value)
    {
        var body = await InvokeAsync("adaptiveCard/action", JsonNode.Parse(value)!);

        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal(InvokeResponses.MessageType, body["type"]!.GetValue<string>());
        Assert.Equal(RoutingTexts.CardNoLongerKnown, body["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("adaptiveCard/action", "reflection.open")]
    [InlineData("adaptiveCard/action", "reflection.submit")]
    [InlineData("adaptiveCard/action", "reflection.round")]
    [InlineData("task/fetch", "reflection.open")]
    [InlineData("task/submit", "reflection.submit")]
    public async Task Click_for_a_removed_round_gets_a_Norwegian_answer_in_the_expected_shape(string name, string verb)
    {
        var data = new JsonObject { ["verb"] = verb, ["roundId"] = "r-finnes-ikke", ["q1"] = "Et svar som er langt nok til å bli godtatt av skjemaet." };
        var value = name == "adaptiveCard/action"
            ? new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" }
            : new JsonObject { ["data"] = data };

        var body = await InvokeAsync(name, value);

        var text = name == "adaptiveCard/action" ? body["value"] : body["task"]?["value"];
        Assert.True(name == "adaptiveCard/action" ? body["type"]!.GetValue<string>() is InvokeResponses.MessageType or InvokeResponses.AdaptiveCardType : body["task"]!["type"]!.GetValue<string>() is "message" or "continue", body.ToJsonString());
        Assert.NotNull(text);
    }

    [Fact]
    public async Task Unknown_Action_Submit_gets_a_reply_in_the_chat()
    {
        var message = ForeignCallerTests.Hjelp();
        message.Remove("text");
        message["value"] = new JsonObject { ["verb"] = "gammel.knapp", ["id"] = "42" };
        message["replyToId"] = "card-1";

        var response = await Bot.PostAsync(Bot.Keys.MintEntraToken(RegisteredBot.AppId, ForeignCallerTests.ChannelTenant), message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await Bot.Host.Services.GetRequiredService<Database>().OpenAsync();
        var payload = JsonNode.Parse((await db.ExecuteScalarAsync<string>("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1"))!)!;
        Assert.Equal(RoutingTexts.CardNoLongerKnown, payload["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invoke_the_bot_has_no_handler_for_is_still_501()
    {
        var response = await PostInvokeAsync("composeExtension/query", new JsonObject());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    /// <summary>Posts the invoke; asserts 200 with a JSON body and returns it.</summary>
    private async Task<JsonNode> InvokeAsync(string name, JsonNode value)
    {
        var response = await PostInvokeAsync(name, value);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private Task<HttpResponseMessage> PostInvokeAsync(string name, JsonNode value)
    {
        var invoke = Payloads.Load("card-action-invoke");
        invoke["id"] = Guid.NewGuid().ToString("N");
        invoke["name"] = name;
        invoke["value"] = value;
        return Bot.PostAsync(Bot.Keys.MintEntraToken(RegisteredBot.AppId, ForeignCallerTests.ChannelTenant), invoke);
    }
}
