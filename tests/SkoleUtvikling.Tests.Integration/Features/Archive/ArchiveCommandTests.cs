using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Features.Archive;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Filing.Queue;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Archive;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Testing.Filing;
using SkoleUtvikling.Testing.Graph;

namespace SkoleUtvikling.Tests.Integration.Features.Archive;

/// <summary>
/// <c>arkiv</c> in a bot with app credentials (Graph in use): the real router, database and Graph
/// SDK against the fake Graph. Activities go straight to the turn handler; inbound authentication
/// has its own tests.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in DisposeAsync, xunit's lifetime hook.")]
public sealed class ArchiveCommandTests : IAsyncLifetime
{
    private const string ArneAad = "0d2e8f61-7b3c-4a59-b1d2-6e4f3a2b1c0d";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Team = "19:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d@thread.tacv2";
    private const string Group = "2b9c4f0e-7d1a-4e3b-8a6c-5d4e3f2a1b0c";
    private const string Leaders = "19:ledelse@thread.tacv2";
    private const string Plenum = "19:plenum@thread.tacv2";
    private KeyServer _keys = null!;
    private FakeGraph _graph = null!;
    private FakeConnector _connector = null!;
    private BotHost _host = null!;
    private int _messageId;

    public async Task InitializeAsync()
    {
        _keys = await KeyServer.StartAsync();
        _graph = await FakeGraph.StartAsync();
        // Arne (a configured leader) is the only member of the private channels.
        _connector = await FakeConnector.StartAsync();
        var arne = new FakeMember("29:1YbSJ3yXhQzY7c2rZp0tGq5Jh9s8uK2bVn4mL6kR1wE3qT5yU7iO9pA", ArneAad, "Arne Karlsen", UserRole: "owner");
        _connector.Directory.AddMembers(Leaders, [arne]);
        _connector.Directory.AddMembers("19:skut@thread.tacv2", [arne]);
        _graph.AddChannel(Group, Team, "Generelt", "standard");
        _graph.AddChannel(Group, Leaders, "Ledelse");
        _graph.AddChannel(Group, "19:skut@thread.tacv2", "SKUT");
        _graph.AddChannel(Group, Plenum, "Plenum", "standard");
        var settings = FilingHost.GraphSettings(_keys, _graph.BaseUrl);
        settings["Leaders:AadObjectIds:0"] = ArneAad;
        settings["Outbox:Enabled"] = "false";
        settings["Filing:Enabled"] = "false";
        _host = new BotHost(settings, LoopbackHttpHandler.UseForAllHttpClients);
        _host.Start();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _graph.DisposeAsync();
        await _connector.DisposeAsync();
        await _keys.DisposeAsync();
    }

    [Fact]
    public async Task A_leader_gets_a_card_listing_only_the_private_channels()
    {
        await SayInChannelAsync("arkiv", ArneAad);

        var card = await LastReplyCardAsync();
        var choices = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Input.ChoiceSet")!["choices"]!.AsArray();
        Assert.Equal(["Ledelse", "SKUT"], choices.Select(c => c!["title"]!.GetValue<string>()));
        Assert.Equal([Leaders, "19:skut@thread.tacv2"], choices.Select(c => c!["value"]!.GetValue<string>()));
        var listed = Assert.Single(_graph.Calls, c => c.Route == "listChannels");
        Assert.Contains("membershipType%20eq%20%27private%27", listed.RawTarget, StringComparison.Ordinal);
        Assert.StartsWith("Bearer ey", listed.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_the_card_stores_the_archive_releases_waiting_jobs_and_answers_with_a_receipt()
    {
        await SeedWaitingJobAsync();

        await SubmitChoiceAsync(Leaders, ArneAad);

        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        var stored = await db.QuerySingleAsync<(string TeamGroupId, string ChannelId, string ChannelName, string ChosenBy)>(
            "SELECT team_group_id, channel_id, channel_name, chosen_by FROM filing_archives WHERE tenant_id = @Tenant AND team_id = @Team", new { Tenant, Team });
        Assert.Equal((Group, Leaders, "Ledelse", ArneAad), stored);
        Assert.Equal("pending", await db.ExecuteScalarAsync<string>("SELECT status FROM filing_jobs"));
        Assert.Equal(ArchiveTexts.Chosen("Ledelse", 1), await LastReplyTextAsync());
    }

    [Fact]
    public async Task Arkiv_with_a_channel_name_chooses_it_directly()
    {
        await SayInChannelAsync("arkiv skut", ArneAad);

        Assert.Equal(ArchiveTexts.Chosen("SKUT", 0), await LastReplyTextAsync());
        Assert.Equal("19:skut@thread.tacv2", (await _host.Services.GetRequiredService<FilingArchives>().GetAsync(Tenant, Team, CancellationToken.None))?.ChannelId);
    }

    [Fact]
    public async Task A_standard_channel_or_a_forged_id_is_refused()
    {
        await SayInChannelAsync("arkiv Plenum", ArneAad);
        Assert.Equal(ArchiveTexts.NoSuchChannel("Plenum"), await ReplyTextAsync(fromEnd: 1));

        await SubmitChoiceAsync(Plenum, ArneAad);

        Assert.Equal(ArchiveTexts.UnknownChoice, await LastReplyTextAsync());
        Assert.Null(await _host.Services.GetRequiredService<FilingArchives>().GetAsync(Tenant, Team, CancellationToken.None));
    }

    [Fact]
    public async Task Someone_who_is_not_a_leader_is_refused_and_Graph_is_not_asked()
    {
        // Not configured as a leader, and the roster does not list them as an owner.
        await SubmitChoiceAsync(Leaders, "11111111-2222-3333-4444-555555555555");

        Assert.Equal(ArchiveTexts.OnlyLeaders, await LastReplyTextAsync());
        Assert.Empty(_graph.Calls);
    }

    [Fact]
    public async Task In_a_personal_chat_arkiv_says_where_to_write_it()
    {
        var message = Payloads.Load("personal-message");
        message["text"] = "arkiv";

        await TurnAsync(message);

        Assert.Equal(ArchiveTexts.OnlyInTeams, await LastReplyTextAsync());
    }

    private async Task SeedWaitingJobAsync()
    {
        var database = _host.Services.GetRequiredService<Database>();
        await database.InTransactionAsync((c, t) => _host.Services.GetRequiredService<IFilingQueue>()
            .EnqueueAsync(c, t, new FilingRequest("note:1", Tenant, Team, "reflection-note", "1"), CancellationToken.None));
        await using var db = await database.OpenAsync();
        await db.ExecuteAsync("UPDATE filing_jobs SET status = 'waiting'");
    }

    private Task SayInChannelAsync(string text, string aad)
    {
        var message = ChannelMessage(aad);
        message["text"] = $"<at>SkoleUtvikling</at> {text}";
        return TurnAsync(message);
    }

    private Task SubmitChoiceAsync(string channelId, string aad)
    {
        var message = ChannelMessage(aad);
        message.Remove("text");
        message["value"] = new JsonObject { [ActionIds.VerbField] = ActionIds.ArchiveChoose, [ArchiveCard.ChannelField] = channelId };
        message["replyToId"] = "card-1";
        return TurnAsync(message);
    }

    private JsonObject ChannelMessage(string aad)
    {
        var message = Payloads.Load("channel-mention");
        message["id"] = $"m{++_messageId}";
        message["from"]!["aadObjectId"] = aad;
        message["serviceUrl"] = _connector.ServiceUrl;
        message["channelData"]!["team"]!["aadGroupId"] = Group;
        return message;
    }

    private async Task TurnAsync(JsonObject message)
    {
        var activity = ProtocolJson.ParseActivity(message.ToJsonString())!;
        await _host.Services.GetRequiredService<ITurnHandler>().HandleAsync(activity, CancellationToken.None);
    }

    private Task<string> LastReplyTextAsync() => ReplyTextAsync(fromEnd: 0);

    private async Task<string> ReplyTextAsync(int fromEnd)
    {
        var payload = await ReplyPayloadAsync(fromEnd);
        return payload["text"]!.GetValue<string>();
    }

    private async Task<JsonObject> LastReplyCardAsync() =>
        (await ReplyPayloadAsync(0))["attachments"]![0]!["content"]!.AsObject();

    private async Task<JsonObject> ReplyPayloadAsync(int fromEnd)
    {
        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        var payload = await db.ExecuteScalarAsync<string>("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1 OFFSET @Skip", new { Skip = fromEnd });
        return JsonNode.Parse(payload!)!.AsObject();
    }
}
