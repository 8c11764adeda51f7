using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Auth;

namespace SkoleUtvikling.Tests.Integration.Protocol.Inbound;

/// <summary>
/// The real bot with an app registration whose keys and tokens come from a <see cref="KeyServer"/>
/// on loopback. Every HttpClient of the bot goes through <see cref="LoopbackHttpHandler"/>.
/// </summary>
public sealed class RegisteredBot : IAsyncDisposable
{
    public const string AppId = "c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>The serviceUrl in the message-reaction payload.</summary>
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private RegisteredBot(KeyServer keys, BotHost host, HttpClient http, CapturedLogs logs)
    {
        Keys = keys;
        Host = host;
        Http = http;
        Logs = logs;
    }

    public KeyServer Keys { get; }

    public BotHost Host { get; }

    public HttpClient Http { get; }

    public CapturedLogs Logs { get; }

    /// <summary>Starts a key server and the bot; <paramref name="settings"/> override the registration (null removes one).</summary>
    public static async Task<RegisteredBot> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var keys = await KeyServer.StartAsync();
        var logs = new CapturedLogs();
        var all = keys.BotSettings(AppId, TenantId);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new BotHost(all, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            LoopbackHttpHandler.UseForAllHttpClients(services);
        });
        var http = new HttpClient { BaseAddress = host.Start() };
        return new RegisteredBot(keys, host, http, logs);
    }

    /// <summary>A Teams activity that no feature answers, so a 200 means "authenticated" and nothing leaves the machine.</summary>
    public static JsonObject Activity() => Payloads.Load("message-reaction");

    public Task<HttpResponseMessage> PostAsync(string? bearerToken, JsonObject? activity = null) =>
        Http.PostActivityAsync(activity ?? Activity(), serviceUrl: null, bearerToken);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Keys.DisposeAsync();
    }
}
