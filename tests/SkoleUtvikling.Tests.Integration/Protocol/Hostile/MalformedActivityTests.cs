using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SkoleUtvikling.Tests.Integration.Protocol.Inbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Hostile;

/// <summary>
/// Authenticated but malformed activities, one row each: wrong types where the bot reads values, missing
/// ids, missing conversation, broken JSON. Each gets a 400, or is answered (200, a Norwegian reply where
/// one is due); never a 5xx, and the bot keeps answering.
/// </summary>
public sealed class MalformedActivityTests(HostileBotFixture fixture) : IClassFixture<HostileBotFixture>
{
    private const int Bad = 400;
    private const int Answered = 200;

    private RegisteredBot Bot => fixture.Bot;

    public static TheoryData<string> Shapes => [.. Cases.Keys];

    private static readonly Dictionary<string, (int Status, Func<string> Body)> Cases = new()
    {
        // The body is not an activity at all.
        ["not JSON"] = (Bad, () => "hjelp"),
        ["truncated JSON"] = (Bad, () => Json(Message())[..40]),
        ["JSON null"] = (Bad, () => "null"),
        ["JSON array"] = (Bad, () => "[]"),
        ["JSON string"] = (Bad, () => "\"hjelp\""),
        ["nested 200 deep"] = (Bad, () => Json(Message(m => m["value"] = Nested(200)))),
        // Missing ids and fields every handler relies on.
        ["type null"] = (Bad, () => Json(Message(m => m["type"] = null))),
        ["type empty"] = (Bad, () => Json(Message(m => m["type"] = ""))),
        ["no conversation"] = (Bad, () => Json(Message(m => m.Remove("conversation")))),
        ["conversation without id"] = (Bad, () => Json(Message(m => m["conversation"]!.AsObject().Remove("id")))),
        ["conversation id a number"] = (Bad, () => Json(Message(m => m["conversation"]!["id"] = 42))),
        ["conversation a string"] = (Bad, () => Json(Message(m => m["conversation"] = "a:1"))),
        ["no from"] = (Bad, () => Json(Message(m => m.Remove("from")))),
        ["from without id"] = (Bad, () => Json(Message(m => m["from"]!.AsObject().Remove("id")))),
        ["from an array"] = (Bad, () => Json(Message(m => m["from"] = new JsonArray()))),
        ["invoke without name"] = (Bad, () => Json(Invoke(null, new JsonObject()))),
        // Wrong types in typed fields.
        ["text a number"] = (Bad, () => Json(Message(m => m["text"] = 7))),
        ["timestamp not a date"] = (Bad, () => Json(Message(m => m["timestamp"] = "i går"))),
        ["attachments an object"] = (Bad, () => Json(Message(m => m["attachments"] = new JsonObject()))),
        ["channelData.team a string"] = (Bad, () => Json(Message(m => m["channelData"]!["team"] = "team"))),
        ["membersAdded with a numeric id"] = (Bad, () => Json(Update(u => u["membersAdded"] = new JsonArray(new JsonObject { ["id"] = 5 })))),
        // Wrong types inside value and attachment content, which stay JSON: read, then answered.
        ["file downloadUrl a number"] = (Answered, () => Json(File(c => c["downloadUrl"] = 12345))),
        ["file downloadUrl an object"] = (Answered, () => Json(File(c => c["downloadUrl"] = new JsonObject { ["href"] = "https://x" }))),
        ["file fileType a number"] = (Answered, () => Json(File(c => c["fileType"] = 1))),
        ["file content a string"] = (Answered, () => Json(File(c => { }, content: "downloadUrl"))),
        ["file attachment without content"] = (Answered, () => Json(File(c => { }, content: null))),
        ["submit value a string"] = (Answered, () => Json(Message(m => { m.Remove("text"); m["value"] = "reflection.submit"; }))),
        ["submit value an array"] = (Answered, () => Json(Message(m => { m.Remove("text"); m["value"] = new JsonArray(1, 2); }))),
        ["submit verb a number"] = (Answered, () => Json(Message(m => { m.Remove("text"); m["value"] = new JsonObject { ["verb"] = 3 }; }))),
        ["plan publish with importId an object"] = (Answered, () => Json(Message(m => { m.Remove("text"); m["value"] = new JsonObject { ["verb"] = "plan.publish", ["importId"] = new JsonObject() }; }))),
        ["archive choice with channel a number"] = (Answered, () => Json(Message(m => { m.Remove("text"); m["value"] = new JsonObject { ["verb"] = "archive.choose", ["channelId"] = 19 }; }))),
        ["Action.Execute value an array"] = (Answered, () => Json(Invoke("adaptiveCard/action", new JsonArray()))),
        ["Action.Execute action a string"] = (Answered, () => Json(Invoke("adaptiveCard/action", new JsonObject { ["action"] = "reflection.submit" }))),
        ["Action.Execute data an array"] = (Answered, () => Json(Invoke("adaptiveCard/action", Execute("reflection.submit", new JsonArray())))),
        ["reflection submit roundId a number"] = (Answered, () => Json(Invoke("adaptiveCard/action", Execute("reflection.submit", new JsonObject { ["verb"] = "reflection.submit", ["roundId"] = 42, ["q1"] = new JsonObject() })))),
        ["reflection open roundId an array"] = (Answered, () => Json(Invoke("adaptiveCard/action", Execute("reflection.open", new JsonObject { ["verb"] = "reflection.open", ["roundId"] = new JsonArray() })))),
        ["dialog fetch value a number"] = (Answered, () => Json(Invoke("task/fetch", 5))),
        ["dialog submit data null"] = (Answered, () => Json(Invoke("task/submit", new JsonObject { ["data"] = null }))),
        ["dialog submit answers numbers"] = (Answered, () => Json(Invoke("task/submit", new JsonObject { ["data"] = new JsonObject { ["verb"] = "reflection.submit", ["roundId"] = "r-gone", ["q1"] = 1, ["q2"] = true } }))),
        ["file consent uploadInfo a string"] = (Bad, () => Json(Invoke("fileConsent/invoke", new JsonObject { ["action"] = "accept", ["uploadInfo"] = "https://x" }))),
        ["file consent value a number"] = (Bad, () => Json(Invoke("fileConsent/invoke", 1))),
        ["mention entity without mentioned"] = (Answered, () => Json(Message(m => m["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>x</at>" })))),
        ["unknown activity type"] = (Answered, () => Json(Message(m => m["type"] = "somethingNew"))),
        ["installationUpdate without action"] = (Answered, () => Json(Update(u => { u["type"] = "installationUpdate"; u.Remove("membersAdded"); }))),
        ["conversationUpdate with a member without id"] = (Answered, () => Json(Update(u => u["membersAdded"] = new JsonArray(new JsonObject())))),
        ["team event without team id"] = (Answered, () => Json(Update(u => u["channelData"]!["team"] = new JsonObject()))),
        ["channel command without team"] = (Answered, () => Json(ChannelMessage("arkiv", c => c["channelData"]!.AsObject().Remove("team")))),
        ["channel koble without channel"] = (Answered, () => Json(ChannelMessage("koble KULG", c => c["channelData"]!.AsObject().Remove("channel")))),
        ["reaction list a string"] = (Answered, () => Json(Message(m => { m["type"] = "messageReaction"; m["reactionsAdded"] = "like"; }))),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Malformed_activity_gets_400_or_an_answer_never_a_5xx(string shape)
    {
        var (expected, body) = Cases[shape];

        var response = await PostRawAsync(body());

        Assert.Equal(expected, (int)response.StatusCode);
        var hjelp = await Bot.PostAsync(Token(), ForeignCallerTests.Hjelp());
        Assert.Equal(HttpStatusCode.OK, hjelp.StatusCode);
    }

    [Fact]
    public async Task A_refused_shape_leaves_nothing_behind()
    {
        var before = await StoredState.ReadAsync(Bot.Host);

        foreach (var (_, (status, body)) in Cases.Where(c => c.Value.Status == Bad))
        {
            Assert.Equal(Bad, (int)(await PostRawAsync(body())).StatusCode);
        }

        Assert.Equal(before, await StoredState.ReadAsync(Bot.Host));
    }

    private string Token() => Bot.Keys.MintEntraToken(RegisteredBot.AppId, ForeignCallerTests.ChannelTenant);

    private async Task<HttpResponseMessage> PostRawAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token());
        return await Bot.Http.SendAsync(request);
    }

    private static string Json(JsonNode node) => node.ToJsonString();

    private static JsonObject Message(Action<JsonObject>? change = null)
    {
        var message = ForeignCallerTests.Hjelp();
        change?.Invoke(message);
        return message;
    }

    private static JsonObject Invoke(string? name, JsonNode value)
    {
        var invoke = Payloads.Load("card-action-invoke");
        invoke["id"] = Guid.NewGuid().ToString("N");
        if (name is null)
        {
            invoke.Remove("name");
        }
        else
        {
            invoke["name"] = name;
        }

        invoke["value"] = value;
        return invoke;
    }

    private static JsonObject Execute(string verb, JsonNode data) =>
        new() { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };

    private static JsonObject File(Action<JsonObject> change, string? content = "object")
    {
        var message = Message(m => m.Remove("text"));
        var attachment = new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/kari/Documents/plan.docx",
            ["name"] = "plan.docx",
        };
        if (content == "object")
        {
            var inner = new JsonObject { ["downloadUrl"] = "https://contoso.sharepoint.com/download/plan.docx", ["uniqueId"] = "u1", ["fileType"] = "docx" };
            change(inner);
            attachment["content"] = inner;
        }
        else if (content is not null)
        {
            attachment["content"] = content;
        }

        message["attachments"] = new JsonArray(attachment);
        return message;
    }

    private static JsonObject Update(Action<JsonObject> change)
    {
        var update = Payloads.Load("bot-added-to-team");
        update["id"] = Guid.NewGuid().ToString("N");
        update["serviceUrl"] = RegisteredBot.ServiceUrl;
        change(update);
        return update;
    }

    private static JsonObject ChannelMessage(string text, Action<JsonObject> change)
    {
        var message = Payloads.Load("channel-mention");
        message["id"] = Guid.NewGuid().ToString("N");
        message["text"] = $"<at>SkoleUtvikling</at> {text}";
        message["serviceUrl"] = RegisteredBot.ServiceUrl;
        change(message);
        return message;
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonObject();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["a"] = node };
        }

        return node;
    }
}
