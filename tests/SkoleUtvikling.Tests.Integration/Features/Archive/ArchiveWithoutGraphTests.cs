using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Features.Archive;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Features.Archive;

/// <summary><c>arkiv</c> in development mode (no app credentials, so no Graph), over real HTTP.</summary>
public sealed class ArchiveWithoutGraphTests : IDisposable
{
    private readonly BotHost _host = new();
    private readonly HttpClient _http;

    public ArchiveWithoutGraphTests()
    {
        _http = new HttpClient { BaseAddress = _host.Start() };
    }

    [Theory]
    [InlineData("channel-mention")]
    [InlineData("personal-message")]
    public async Task Arkiv_says_documents_go_to_the_local_archive(string payload)
    {
        var message = Payloads.Load(payload);
        message["text"] = payload == "channel-mention" ? "<at>SkoleUtvikling</at> arkiv" : "arkiv";

        await _http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);

        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        var reply = await db.ExecuteScalarAsync<string>("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1");
        Assert.Equal(ArchiveTexts.NoGraph, JsonNode.Parse(reply!)!["text"]!.GetValue<string>());
        Assert.Equal("Graph er ikke satt opp; dokumentene lagres i det lokale arkivet.", ArchiveTexts.NoGraph);
    }

    public void Dispose()
    {
        _http.Dispose();
        _host.Dispose();
    }
}
