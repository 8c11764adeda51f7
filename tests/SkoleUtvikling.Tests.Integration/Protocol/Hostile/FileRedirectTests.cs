using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Auth;

namespace SkoleUtvikling.Tests.Integration.Protocol.Hostile;

/// <summary>
/// A leader's plan file whose download URL redirects. Every hop is checked against the allowed file
/// hosts (loopback counts in development mode, as for the first URL): a hop elsewhere is refused before
/// it is requested, with the usual Norwegian answer, and nothing is stored; endless redirects stop.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in DisposeAsync, xunit's lifetime hook.")]
public sealed class FileRedirectTests : IAsyncLifetime
{
    private const string KariAad = "6b1f8e2c-4d0a-4c67-9a3e-3f0a2b1c9d11";
    private readonly ConcurrentQueue<string> _requests = new();
    private LoopbackKestrel _files = null!;
    private BotHost _bot = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _files = await LoopbackKestrel.StartAsync(ServeAsync);
        _bot = new BotHost(new Dictionary<string, string?> { ["Leaders:AadObjectIds:0"] = KariAad, ["Outbox:Enabled"] = "false" }, LoopbackHttpHandler.UseForAllHttpClients);
        _http = new HttpClient { BaseAddress = _bot.Start() };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bot.DisposeAsync();
        await _files.DisposeAsync();
    }

    [Theory]
    [InlineData("/to-untrusted")]
    [InlineData("/to-internal")]
    [InlineData("/to-https-elsewhere")]
    [InlineData("/via-loopback-to-untrusted")]
    public async Task Redirect_off_the_allowed_hosts_is_not_followed(string path)
    {
        await SendPlanAsync(path);

        Assert.Equal(FileTexts.UntrustedLocation, await LastReplyTextAsync());
        Assert.DoesNotContain("/secret", _requests);
        Assert.Equal(0, await CountAsync("plan_imports"));
    }

    [Fact]
    public async Task Endless_redirects_stop_after_the_hop_limit()
    {
        await SendPlanAsync("/loop");

        Assert.Equal(FileTexts.DownloadFailed, await LastReplyTextAsync());
        Assert.Equal(FileDownloader.MaxRedirects + 1, _requests.Count(r => r == "/loop"));
        Assert.Equal(0, await CountAsync("plan_imports"));
    }

    [Fact]
    public async Task Redirect_within_the_allowed_hosts_is_followed()
    {
        await SendPlanAsync("/to-plan");

        Assert.Contains("/plan.ics", _requests);
        Assert.NotEqual(FileTexts.UntrustedLocation, await LastReplyTextAsync());
    }

    private async Task SendPlanAsync(string path)
    {
        var message = Payloads.Load("personal-message");
        message.Remove("text");
        message["id"] = Guid.NewGuid().ToString("N");
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = TeamsFile.DownloadInfoContentType,
            ["name"] = "plan.ics",
            ["content"] = new JsonObject { ["downloadUrl"] = new Uri(_files.HttpBase, path).ToString(), ["uniqueId"] = "u1", ["fileType"] = "ics" },
        });

        var response = await _http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task ServeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        _requests.Enqueue(path);
        var port = _files.HttpBase.Port;
        var location = path switch
        {
            // untrusted.example reaches this server too (LoopbackHttpHandler), so a followed hop would show as /secret.
            "/to-untrusted" => $"http://untrusted.example:{port}/secret",
            "/to-internal" => "http://10.0.0.5/secret",
            "/to-https-elsewhere" => "https://evil.example/secret",
            "/via-loopback-to-untrusted" => "/to-untrusted",
            "/loop" => "/loop",
            "/to-plan" => "/plan.ics",
            _ => null,
        };
        if (location is not null)
        {
            http.Response.StatusCode = StatusCodes.Status302Found;
            http.Response.Headers.Location = location;
            return Task.CompletedTask;
        }

        http.Response.ContentType = "text/calendar";
        return http.Response.WriteAsync("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", Encoding.UTF8);
    }

    private async Task<string> LastReplyTextAsync()
    {
        await using var db = await _bot.Services.GetRequiredService<Database>().OpenAsync();
        var payload = await db.ExecuteScalarAsync<string>("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1");
        return JsonNode.Parse(payload ?? "{}")?["text"]?.GetValue<string>() ?? "";
    }

    private async Task<long> CountAsync(string table)
    {
        await using var db = await _bot.Services.GetRequiredService<Database>().OpenAsync();
        return await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }
}
