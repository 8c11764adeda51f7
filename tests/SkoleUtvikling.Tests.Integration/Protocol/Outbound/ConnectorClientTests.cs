using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Hosting;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Testing.Connector;

namespace SkoleUtvikling.Tests.Integration.Protocol.Outbound;

/// <summary>The Connector client as the bot composes it, against the fake Connector on loopback.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private FakeConnector _fake = null!;
    private ServiceProvider _services = null!;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    public async Task InitializeAsync()
    {
        _fake = await FakeConnector.StartAsync(_time);
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging();
        services.AddBotProtocol(configuration);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Send_posts_under_the_service_url_path_with_the_id_escaped_and_returns_the_new_id()
    {
        var result = await Client.SendAsync(_fake.ServiceUrl, "19:abc@thread.tacv2;messageid=42", Text("hei"), default);

        var call = Assert.Single(_fake.Calls);
        Assert.Equal("send", call.Route);
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D42/activities", call.RawTarget);
        Assert.Equal("19:abc@thread.tacv2;messageid=42", call.ConversationId);
        Assert.Equal(201, result.StatusCode);
        Assert.Equal(Assert.Single(_fake.Activities).ActivityId, result.Id);
        Assert.Equal("hei", _fake.Activities[0].Text);
    }

    [Fact]
    public async Task Reply_posts_to_the_activity_it_answers()
    {
        var result = await Client.ReplyAsync(_fake.ServiceUrl, "a:1x", "1700000000001", Text("svar"), default);

        var call = Assert.Single(_fake.Calls);
        Assert.Equal(("reply", "POST", "1700000000001"), (call.Route, call.Method, call.ActivityId));
        Assert.Equal("/amer/v3/conversations/a%3A1x/activities/1700000000001", call.RawTarget);
        Assert.NotNull(result.Id);
    }

    [Fact]
    public async Task Update_puts_the_activity_and_keeps_its_id()
    {
        var result = await Client.UpdateAsync(_fake.ServiceUrl, "a:1x", "1700000000005", Text("nytt kort"), default);

        var call = Assert.Single(_fake.Calls);
        Assert.Equal(("update", "PUT"), (call.Route, call.Method));
        Assert.Equal(("1700000000005", 200), (result.Id, result.StatusCode));
    }

    [Fact]
    public async Task Delete_sends_delete_to_the_activity()
    {
        await Client.DeleteAsync(_fake.ServiceUrl, "a:1x", "1700000000005", default);

        Assert.Equal(("delete", "DELETE", 200), (_fake.Calls[0].Route, _fake.Calls[0].Method, _fake.Calls[0].Status));
    }

    [Fact]
    public async Task Opening_a_1to1_sends_the_personal_shape_and_gets_the_same_conversation_back_each_time()
    {
        var parameters = ConversationParameters.PersonalChat("28:bot", "29:user", "tenant-1");

        var first = await Client.CreateConversationAsync(_fake.ServiceUrl, parameters, default);
        var second = await Client.CreateConversationAsync(_fake.ServiceUrl, parameters, default);

        var body = _fake.Calls[0].Body!;
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("28:bot", body["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("29:user", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["tenantId"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("/amer/v3/conversations", _fake.Calls[0].RawTarget);
        Assert.StartsWith("a:", first.Id, StringComparison.Ordinal);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(201, first.StatusCode);
    }

    [Fact]
    public async Task Starting_a_channel_thread_posts_the_first_message_and_returns_the_thread_id()
    {
        var created = await Client.CreateConversationAsync(_fake.ServiceUrl, ConversationParameters.ChannelThread("19:general@thread.tacv2", Text("Lesebestilling")), default);

        var body = _fake.Calls[0].Body!;
        Assert.True(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("19:general@thread.tacv2", body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal($"19:general@thread.tacv2;messageid={created.ActivityId}", created.Id);
        Assert.Equal("Lesebestilling", Assert.Single(_fake.ActivitiesIn("19:general@thread.tacv2")).Text);
    }

    [Fact]
    public async Task Members_are_read_page_by_page_with_the_page_size_clamped_as_teams_does()
    {
        _fake.Directory.AddMembers("19:team@thread.tacv2", Enumerable.Range(0, 620).Select(i => new FakeMember($"29:u{i}", Guid.NewGuid().ToString(), $"Bruker {i}")));

        var small = await Client.GetPagedMembersAsync(_fake.ServiceUrl, "19:team@thread.tacv2", 10, null, default);
        var all = new List<ChannelAccount>();
        await foreach (var member in Client.GetAllMembersAsync(_fake.ServiceUrl, "19:team@thread.tacv2", pageSize: 1000))
        {
            all.Add(member);
        }

        Assert.Equal(50, small.Members.Count);
        Assert.Contains("pageSize=50", _fake.Calls[0].RawTarget, StringComparison.Ordinal);
        Assert.Equal(620, all.Count);
        Assert.Equal(620, all.Select(m => m.Id).Distinct().Count());
        Assert.Contains("pageSize=500", _fake.Calls[1].RawTarget, StringComparison.Ordinal);
        Assert.Contains("continuationToken=", _fake.Calls[2].RawTarget, StringComparison.Ordinal);
        Assert.Equal(3, _fake.Calls.Count);
        Assert.NotNull(all[0].EntraObjectId);
    }

    [Fact]
    public async Task One_member_is_read_with_the_entra_id_from_object_id()
    {
        var objectId = Guid.NewGuid().ToString();
        _fake.Directory.AddMembers("19:team@thread.tacv2", [new FakeMember("29:rektor", objectId, "Rektor", UserRole: "owner")]);

        var member = await Client.GetMemberAsync(_fake.ServiceUrl, "19:team@thread.tacv2", "29:rektor", default);

        Assert.Equal((objectId, "owner"), (member.EntraObjectId, member.UserRole));
        Assert.Equal("/amer/v3/conversations/19%3Ateam%40thread.tacv2/members/29%3Arektor", _fake.Calls[0].RawTarget);
    }

    [Fact]
    public async Task Team_details_and_channels_are_read_with_general_having_no_name()
    {
        _fake.Directory.AddTeam("19:team@thread.tacv2", "Lærerne", "aad-group", [("19:c1@thread.tacv2", "Planlegging")]);

        var details = await Client.GetTeamDetailsAsync(_fake.ServiceUrl, "19:team@thread.tacv2", default);
        var channels = await Client.GetTeamChannelsAsync(_fake.ServiceUrl, "19:team@thread.tacv2", default);

        Assert.Equal(("Lærerne", "aad-group", "standard"), (details.Name, details.AadGroupId, details.Type));
        Assert.Equal(["19:team@thread.tacv2", "19:c1@thread.tacv2"], channels.Select(c => c.Id));
        Assert.Null(channels[0].Name);
        Assert.Equal(["team", "channels"], _fake.Calls.Select(c => c.Route));
    }

    [Fact]
    public async Task A_teams_error_body_becomes_status_code_sub_code_and_correlation_id()
    {
        _fake.Faults.Add(FakeFault.Error(403, "Forbidden", subCode: "MessageWritesBlocked"));

        var error = (await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(_fake.ServiceUrl, "a:1x", Text("hei"), default))).Error;

        Assert.Equal((403, "Forbidden", "MessageWritesBlocked"), (error.StatusCode, error.Code, error.SubCode));
        Assert.True(error.Is("MessageWritesBlocked"));
        Assert.True(Guid.TryParse(error.CorrelationId, out _));
        Assert.False(error.OutcomeUnknown);
    }

    [Fact]
    public async Task Retry_after_in_seconds_and_as_a_date_both_become_a_delay()
    {
        _fake.Faults.Add(FakeFault.Throttle(TimeSpan.FromSeconds(7)));
        _fake.Faults.Add(FakeFault.Throttle(TimeSpan.FromSeconds(7), asDate: true));

        var seconds = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(_fake.ServiceUrl, "a:1x", Text("1"), default));
        var date = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(_fake.ServiceUrl, "a:1x", Text("2"), default));

        Assert.Equal((429, "Throttled"), (seconds.StatusCode, seconds.ErrorCode));
        Assert.Equal(TimeSpan.FromSeconds(7), seconds.RetryAfter);
        // The fake writes the date a second later than the delay, whole seconds; the clock stands still.
        Assert.Equal(TimeSpan.FromSeconds(8), date.RetryAfter);
    }

    [Fact]
    public async Task A_failed_call_is_not_retried_inside_the_client()
    {
        _fake.Faults.Add(FakeFault.Error(503, "ServiceError"));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(_fake.ServiceUrl, "a:1x", Text("hei"), default));

        Assert.True(ex.IsTransient);
        Assert.Single(_fake.Calls);
        Assert.Empty(_fake.Activities);
    }

    [Fact]
    public async Task A_refused_connection_is_a_network_error_that_never_reached_the_service()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var error = (await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync($"http://127.0.0.1:{port}/amer/", "a:1x", Text("hei"), default))).Error;

        Assert.Equal((0, ConnectorError.NetworkError, false), (error.StatusCode, error.Code, error.OutcomeUnknown));
    }

    [Fact]
    public async Task A_dropped_answer_is_a_network_error_whose_outcome_is_unknown()
    {
        _fake.Faults.Add(FakeFault.Drop());

        var error = (await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(_fake.ServiceUrl, "a:1x", Text("hei"), default))).Error;

        Assert.Equal((0, ConnectorError.NetworkError, true), (error.StatusCode, error.Code, error.OutcomeUnknown));
        Assert.Single(_fake.Activities);
    }

    [Fact]
    public async Task A_fake_that_requires_a_token_answers_401_without_one()
    {
        _fake.RequiredBearerToken = "secret";

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client.GetTeamDetailsAsync(_fake.ServiceUrl, "19:t", default));

        Assert.Equal((401, "Unauthorized"), (ex.StatusCode, ex.ErrorCode));
        Assert.Equal(FakeConnector.UnauthorizedFault, _fake.Calls[0].Fault);
    }

    private static Activity Text(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount { Id = "x", TenantId = "tenant-1" },
    };
}
