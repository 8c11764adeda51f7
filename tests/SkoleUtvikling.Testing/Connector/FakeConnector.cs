using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SkoleUtvikling.Testing.Connector;

/// <summary>
/// A fake Bot Connector on real Kestrel at 127.0.0.1 with a free port, answering the routes of
/// protocol.md §2 as the service does: 201/200 with ids, Teams error bodies with
/// <c>X-Correlating-OperationId</c>, and 429 + Retry-After when a conversation's or tenant's limit
/// is exceeded. It records every call and every accepted activity, and lets a test inject faults.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    public const string RateLimitedFault = "rate-limited";
    public const string InjectedFault = "injected";
    public const string UnauthorizedFault = "unauthorized";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly List<FakeConnectorCall> _calls = [];
    private readonly List<FakeActivity> _activities = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;
    private long _nextActivityId = 1_700_000_000_000;

    private FakeConnector(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
        RateLimits = new FakeRateLimits(time);
        FakeConnectorRoutes.Map(app, this);
    }

    /// <summary>The path the service is under, as in <c>https://smba.trafficmanager.net/amer/</c>.</summary>
    public const string BasePath = "/amer/";

    /// <summary>Where the fake listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The serviceUrl a bot should use: with a path, so a client that drops it fails.</summary>
    public string ServiceUrl => new Uri(BaseAddress, BasePath).ToString();

    public FakeRateLimits RateLimits { get; }

    public FakeFaultRules Faults { get; } = new();

    public FakeTeamsDirectory Directory { get; } = new();

    /// <summary>When set, every call must carry <c>Authorization: Bearer {token}</c> or gets 401.</summary>
    public string? RequiredBearerToken { get; set; }

    internal TimeProvider Time => _time;

    public static async Task<FakeConnector> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeConnector(app, time ?? TimeProvider.System);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return fake;
    }

    public IReadOnlyList<FakeConnectorCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<FakeActivity> Activities
    {
        get
        {
            lock (_lock)
            {
                return [.. _activities];
            }
        }
    }

    /// <summary>Activities accepted into <paramref name="conversationId"/>, in arrival order.</summary>
    public IReadOnlyList<FakeActivity> ActivitiesIn(string conversationId) => [.. Activities.Where(a => a.ConversationId == conversationId)];

    /// <summary>Waits (on real time) until <paramref name="condition"/> holds, woken by each call the fake records.</summary>
    /// <exception cref="TimeoutException">Names <paramref name="what"/> and the counts seen.</exception>
    public async Task WaitUntilAsync(Func<FakeConnector, bool> condition, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition(this))
            {
                return;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Fake Connector: waited {timeout} for {what}; saw {Calls.Count} calls and {Activities.Count} activities.");
            }
        }
    }

    internal FakeConnectorCall Record(FakeConnectorCall call)
    {
        lock (_lock)
        {
            call = call with { Sequence = ++_sequence };
            _calls.Add(call);
        }

        Changed();
        return call;
    }

    internal FakeActivity Accept(string kind, string conversationId, string? activityId, JsonObject activity)
    {
        FakeActivity accepted;
        lock (_lock)
        {
            var id = activityId ?? (++_nextActivityId).ToString(CultureInfo.InvariantCulture);
            accepted = new FakeActivity(++_sequence, _time.GetUtcNow(), kind, conversationId, id, activity);
            _activities.Add(accepted);
        }

        Changed();
        return accepted;
    }

    internal string NextActivityId()
    {
        lock (_lock)
        {
            return (++_nextActivityId).ToString(CultureInfo.InvariantCulture);
        }
    }

    private void Changed() => Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
