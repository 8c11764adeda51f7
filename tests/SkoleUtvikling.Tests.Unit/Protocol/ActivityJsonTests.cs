using System.Text.Json;
using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Tests.Unit.Protocol;

public sealed class ActivityJsonTests
{
    [Theory]
    [MemberData(nameof(TeamsPayloads.All), MemberType = typeof(TeamsPayloads))]
    public void Teams_payload_round_trips_without_losing_a_field(string file)
    {
        var original = JsonNode.Parse(TeamsPayloads.Read(file))!;

        var activity = ProtocolJson.ParseActivity(original.ToJsonString())!;
        var written = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        AssertSameJson(original, written, "$");
    }

    [Fact]
    public void Channel_message_exposes_team_channel_tenant_and_thread_root()
    {
        var activity = ProtocolJson.ParseActivity(TeamsPayloads.Read("channel-mention"))!;

        Assert.Equal("19:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d@thread.tacv2", activity.ChannelData!.Team!.Id);
        Assert.Equal("19:4b1c7d0e9f2a4c3b8d6e5f1a2b3c4d5e@thread.tacv2", activity.Conversation!.RootId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.TenantId);
        Assert.Equal(ConversationTypes.Channel, activity.Conversation.ConversationType);
        Assert.Equal("0d2e8f61-7b3c-4a59-b1d2-6e4f3a2b1c0d", activity.From!.EntraObjectId);
    }

    [Fact]
    public void Invoke_value_keeps_the_action_data()
    {
        var activity = ProtocolJson.ParseActivity(TeamsPayloads.Read("card-action-invoke"))!;

        Assert.True(activity.IsType(ActivityTypes.Invoke));
        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("reflection.submit", activity.Value!.Value.GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public void Unknown_activity_type_and_fields_are_accepted()
    {
        var activity = ProtocolJson.ParseActivity("""{"type":"somethingNew","futureField":{"a":[1,2]},"channelId":"msteams"}""")!;

        Assert.Equal("somethingNew", activity.Type);
        Assert.Contains("\"futureField\":{\"a\":[1,2]}", ProtocolJson.Serialize(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void Roster_member_with_objectId_gives_the_entra_id()
    {
        var member = JsonSerializer.Deserialize<ChannelAccount>("""{"id":"29:x","objectId":"0d2e8f61-7b3c-4a59-b1d2-6e4f3a2b1c0d","userRole":"owner"}""", ProtocolJson.Options)!;

        Assert.Equal("0d2e8f61-7b3c-4a59-b1d2-6e4f3a2b1c0d", member.EntraObjectId);
        Assert.Equal("owner", member.UserRole);
    }

    // Timestamps are compared as instants: the serializer may write "+00:00" where Teams wrote "Z".
    private static void AssertSameJson(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject e:
                var a = Assert.IsType<JsonObject>(actual);
                Assert.True(e.Select(p => p.Key).Order().SequenceEqual(a.Select(p => p.Key).Order()),
                    $"{path}: keys differ. Expected [{string.Join(",", e.Select(p => p.Key).Order())}] got [{string.Join(",", a.Select(p => p.Key).Order())}]");
                foreach (var (key, value) in e)
                {
                    AssertSameJson(value, a[key], $"{path}.{key}");
                }

                break;
            case JsonArray e:
                var arr = Assert.IsType<JsonArray>(actual);
                Assert.Equal(e.Count, arr.Count);
                for (var i = 0; i < e.Count; i++)
                {
                    AssertSameJson(e[i], arr[i], $"{path}[{i}]");
                }

                break;
            default:
                if (path.EndsWith("imestamp", StringComparison.Ordinal))
                {
                    Assert.Equal(DateTimeOffset.Parse(expected!.ToString(), System.Globalization.CultureInfo.InvariantCulture),
                        DateTimeOffset.Parse(actual!.ToString(), System.Globalization.CultureInfo.InvariantCulture));
                    return;
                }

                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected?.ToJsonString()} got {actual?.ToJsonString()}");
                break;
        }
    }
}
