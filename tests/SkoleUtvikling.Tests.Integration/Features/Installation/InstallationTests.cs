using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Features.Installation;

/// <summary>Runs on SQLite and on PostgreSQL: the same behaviour on both stores.</summary>
public abstract class InstallationTests : IDisposable
{
    private const string TeamId = "19:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d@thread.tacv2";
    private readonly BotHost _host;
    private readonly HttpClient _http;

    protected InstallationTests(Dictionary<string, string?>? storage)
    {
        _host = new BotHost(storage);
        _http = new HttpClient { BaseAddress = _host.Start() };
    }

    [Fact]
    public async Task Bot_added_to_a_team_stores_the_team_and_queues_one_Norwegian_welcome_for_General()
    {
        var response = await _http.PostActivityAsync(Payloads.Load("bot-added-to-team"), ActivityPosting.DeadServiceUrl);
        // Teams sends installationUpdate as well as conversationUpdate for the same install.
        await _http.PostActivityAsync(Payloads.Load("installation-add-team"), ActivityPosting.DeadServiceUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await OpenAsync();
        var team = await db.QuerySingleAsync<(string Name, string AadGroupId, long InstallCount)>(
            "SELECT name, aad_group_id, CAST(install_count AS BIGINT) FROM teams WHERE team_id = @TeamId", new { TeamId });
        Assert.Equal(("Oppvekst Vestvågøy", "5c2f0a1e-3d4b-4e6f-8a9b-0c1d2e3f4a5b", 1L), team);
        var welcomes = (await db.QueryAsync<(string ConversationId, string Payload)>(
            "SELECT conversation_id, payload FROM outbox WHERE dedupe_key LIKE 'welcome:%'")).ToList();
        var welcome = Assert.Single(welcomes);
        Assert.Equal(TeamId, welcome.ConversationId);
        Assert.Contains("Jeg er **SkoleUtvikling**", welcome.Payload, StringComparison.Ordinal);
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM channels WHERE channel_id = @TeamId AND name IS NULL", new { TeamId }));
    }

    [Fact]
    public async Task Channel_created_renamed_and_deleted_are_remembered()
    {
        await _http.PostActivityAsync(Payloads.Load("bot-added-to-team"), ActivityPosting.DeadServiceUrl);
        var created = Payloads.Load("channel-created");
        await _http.PostActivityAsync(created, ActivityPosting.DeadServiceUrl);
        var renamed = Payloads.Load("channel-created");
        renamed["channelData"]!["eventType"] = "channelRenamed";
        renamed["channelData"]!["channel"]!["name"] = "KULG";
        await _http.PostActivityAsync(renamed, ActivityPosting.DeadServiceUrl);

        await using var db = await OpenAsync();
        const string channelId = "19:1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c@thread.tacv2";
        Assert.Equal("KULG", await db.ExecuteScalarAsync<string>("SELECT name FROM channels WHERE channel_id = @channelId", new { channelId }));

        var deleted = Payloads.Load("channel-created");
        deleted["channelData"]!["eventType"] = "channelDeleted";
        await _http.PostActivityAsync(deleted, ActivityPosting.DeadServiceUrl);
        Assert.True(await db.ExecuteScalarAsync<bool>("SELECT deleted FROM channels WHERE channel_id = @channelId", new { channelId }));
    }

    [Fact]
    public async Task Removed_and_added_again_welcomes_a_second_time()
    {
        await _http.PostActivityAsync(Payloads.Load("bot-added-to-team"), ActivityPosting.DeadServiceUrl);
        var removed = Payloads.Load("installation-add-team");
        removed["action"] = "remove";
        await _http.PostActivityAsync(removed, ActivityPosting.DeadServiceUrl);

        await using var db = await OpenAsync();
        Assert.False(await db.ExecuteScalarAsync<bool>("SELECT installed FROM teams WHERE team_id = @TeamId", new { TeamId }));

        await _http.PostActivityAsync(Payloads.Load("installation-add-team"), ActivityPosting.DeadServiceUrl);
        Assert.Equal(2, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'welcome:%'"));
        Assert.True(await db.ExecuteScalarAsync<bool>("SELECT installed FROM teams WHERE team_id = @TeamId", new { TeamId }));
    }

    [Fact]
    public async Task Every_inbound_activity_refreshes_the_conversation_reference_and_the_user()
    {
        var message = Payloads.Load("personal-message");
        await _http.PostActivityAsync(message, "http://127.0.0.1:9/emea/");

        await using var db = await OpenAsync();
        var serviceUrl = await db.ExecuteScalarAsync<string>("SELECT service_url FROM conversations WHERE conversation_id = @Id", new { Id = message["conversation"]!["id"]!.GetValue<string>() });
        Assert.Equal("http://127.0.0.1:9/emea/", serviceUrl);
        var user = await db.QuerySingleAsync<(string Aad, string Name)>("SELECT aad_object_id, name FROM users");
        Assert.Equal(("6b1f8e2c-4d0a-4c67-9a3e-3f0a2b1c9d11", "Kari Nordmann"), user);
    }

    [Fact]
    public async Task A_user_writing_again_unblocks_a_conversation_the_outbox_had_stopped()
    {
        var message = Payloads.Load("personal-message");
        await _http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);
        await using var db = await OpenAsync();
        var id = message["conversation"]!["id"]!.GetValue<string>();
        await db.ExecuteAsync("UPDATE conversations SET blocked = TRUE WHERE conversation_id = @id", new { id });

        message["id"] = "second";
        await _http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);

        Assert.False(await db.ExecuteScalarAsync<bool>("SELECT blocked FROM conversations WHERE conversation_id = @id", new { id }));
    }

    [Theory]
    [InlineData("message-reaction")]
    [InlineData("typing")]
    [InlineData("somethingNobodyKnows")]
    public async Task Activities_nobody_handles_get_200(string kind)
    {
        var activity = kind == "message-reaction" ? Payloads.Load(kind) : Payloads.Load("personal-message");
        if (kind != "message-reaction")
        {
            activity["type"] = kind;
            activity.Remove("text");
        }

        var response = await _http.PostActivityAsync(activity, ActivityPosting.DeadServiceUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_invoke_nobody_handles_gets_501()
    {
        var invoke = Payloads.Load("card-action-invoke");
        invoke["name"] = "composeExtension/query";

        var response = await _http.PostActivityAsync(invoke, ActivityPosting.DeadServiceUrl);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    private async Task<System.Data.Common.DbConnection> OpenAsync() =>
        await _host.Services.GetRequiredService<Database>().OpenAsync();

    public void Dispose()
    {
        _http.Dispose();
        _host.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class InstallationTestsOnSqlite() : InstallationTests(null);

public sealed class InstallationTestsOnPostgres() : InstallationTests(TestDatabases.Postgres());
