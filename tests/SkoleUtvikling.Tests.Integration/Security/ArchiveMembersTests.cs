using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Features.Archive;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Archive;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Testing.Graph;

namespace SkoleUtvikling.Tests.Integration.Security;

/// <summary>
/// <c>arkiv</c> files notes where everyone can open them who is in the channel, so it only accepts a
/// private channel whose members (read through the Connector) all lead the team. A registered bot on
/// Kestrel, activities with Bot Framework tokens, the fake Connector and the fake Graph.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in DisposeAsync, xunit's lifetime hook.")]
public sealed class ArchiveMembersTests : IAsyncLifetime
{
    private const string AppId = "c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Team = "19:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d@thread.tacv2";
    private const string Group = "2b9c4f0e-7d1a-4e3b-8a6c-5d4e3f2a1b0c";
    private const string Ledelse = "19:ledelse@thread.tacv2";
    private const string Skut = "19:skut@thread.tacv2";
    private static readonly FakeMember Arne = new("29:1ArneKoordinatorQ2w3E4r5T6y7U8i9O0p", "0d2e8f61-7b3c-4a59-b1d2-6e4f3a2b1c0d", "Arne Karlsen");
    private static readonly FakeMember Liv = new("29:1LivRektorZ9x8C7v6B5n4M3a2S1d0F", "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8", "Liv Rektor", UserRole: "owner");
    private static readonly FakeMember Per = new("29:1PerBergM3nB5vC7xZ9aS1dF3gH5jK7lQ", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "Per Berg");
    private KeyServer _keys = null!;
    private FakeGraph _graph = null!;
    private FakeConnector _connector = null!;
    private BotHost _host = null!;
    private HttpClient _http = null!;
    private int _messageId;

    public async Task InitializeAsync()
    {
        _keys = await KeyServer.StartAsync();
        _graph = await FakeGraph.StartAsync();
        _graph.AddChannel(Group, Ledelse, "Ledelse");
        _graph.AddChannel(Group, Skut, "SKUT");
        _connector = await FakeConnector.StartAsync();
        _connector.Directory.AddMembers(Team, [Arne with { UserRole = "user" }, Liv, Per]);
        // Ledelse has a teacher in it; SKUT only the coordinator and a team owner.
        _connector.Directory.AddMembers(Ledelse, [Arne, Liv, Per]);
        _connector.Directory.AddMembers(Skut, [Arne, Liv]);
        var settings = _keys.BotSettings(AppId, Tenant);
        settings["Filing:GraphBaseUrl"] = _graph.BaseUrl;
        settings["Leaders:AadObjectIds:0"] = Arne.ObjectId;
        settings["Outbox:Enabled"] = "false";
        settings["Filing:Enabled"] = "false";
        _host = new BotHost(settings, LoopbackHttpHandler.UseForAllHttpClients);
        _http = new HttpClient { BaseAddress = _host.Start() };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _host.Dispose();
        await _connector.DisposeAsync();
        await _graph.DisposeAsync();
        await _keys.DisposeAsync();
    }

    [Fact]
    public async Task A_private_channel_with_a_teacher_in_it_is_refused_by_name_and_by_card()
    {
        await SayAsync("arkiv Ledelse");
        var byName = await LastReplyTextAsync();
        await SubmitChoiceAsync(Ledelse);

        Assert.Equal(ArchiveTexts.NotOnlyLeaders("Ledelse", 1), byName);
        Assert.Equal(ArchiveTexts.NotOnlyLeaders("Ledelse", 1), await LastReplyTextAsync());
        Assert.Equal(0, await ArchivesAsync());
        Assert.Contains(_connector.Calls, c => c.Route == "members" && c.ConversationId == Ledelse);
    }

    [Fact]
    public async Task A_private_channel_of_leaders_only_is_accepted()
    {
        await SayAsync("arkiv SKUT");

        Assert.Equal(ArchiveTexts.Chosen("SKUT", 0), await LastReplyTextAsync());
        Assert.Equal(1, await ArchivesAsync());
    }

    [Fact]
    public async Task When_Teams_cannot_list_the_members_nothing_is_chosen_and_the_leader_hears_why()
    {
        _graph.AddChannel(Group, "19:tom@thread.tacv2", "Tom");

        await SayAsync("arkiv Tom");

        Assert.Equal(ArchiveTexts.MembersUnknown("Tom"), await LastReplyTextAsync());
        Assert.Equal(0, await ArchivesAsync());
    }

    private async Task SayAsync(string text)
    {
        var message = ChannelMessage();
        message["text"] = $"<at>SkoleUtvikling</at> {text}";
        await PostAsync(message);
    }

    private async Task SubmitChoiceAsync(string channelId)
    {
        var message = ChannelMessage();
        message.Remove("text");
        message["value"] = new JsonObject { [ActionIds.VerbField] = ActionIds.ArchiveChoose, [ArchiveCard.ChannelField] = channelId };
        message["replyToId"] = "card-1";
        await PostAsync(message);
    }

    private async Task PostAsync(JsonObject message)
    {
        using var response = await _http.PostActivityAsync(message, _connector.ServiceUrl, _keys.MintBotFrameworkToken(AppId, _connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private JsonObject ChannelMessage()
    {
        var message = Payloads.Load("channel-mention");
        message["id"] = $"m{++_messageId}";
        message["from"] = new JsonObject { ["id"] = Arne.Id, ["name"] = Arne.Name, ["aadObjectId"] = Arne.ObjectId };
        message["channelData"]!["team"]!["aadGroupId"] = Group;
        return message;
    }

    private async Task<long> ArchivesAsync()
    {
        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        return await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM filing_archives");
    }

    private async Task<string> LastReplyTextAsync()
    {
        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        var payload = await db.ExecuteScalarAsync<string>("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1");
        return JsonNode.Parse(payload!)!["text"]!.GetValue<string>();
    }
}
