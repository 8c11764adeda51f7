using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Protocol.Inbound;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Testing.Auth;

namespace SkoleUtvikling.Tests.Integration.Protocol.Inbound;

/// <summary>The key cache against the real loopback key server, with the clock in the test's hand.</summary>
public sealed class OpenIdKeyCacheTests : IAsyncLifetime
{
    private static readonly BotAuthOptions Options = new()
    {
        SigningKeyRefreshInterval = TimeSpan.FromHours(12),
        SigningKeyMinimumRefreshInterval = TimeSpan.FromMinutes(5),
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private KeyServer? _keys;

    private KeyServer Keys => _keys!;

    public async Task InitializeAsync() => _keys = await KeyServer.StartAsync();

    public async Task DisposeAsync()
    {
        await Keys.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_reused_within_the_refresh_interval()
    {
        using var cache = NewCache(Keys.BotFrameworkMetadataUrl);

        await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(11));
        var key = await cache.FindAsync(KeyServer.WebChatKeyId, CancellationToken.None);

        Assert.NotNull(key);
        Assert.Equal(1, Keys.MetadataRequests);
        Assert.Equal(1, Keys.KeySetRequests);
    }

    [Fact]
    public async Task Keys_are_fetched_again_when_the_refresh_interval_has_passed()
    {
        using var cache = NewCache(Keys.BotFrameworkMetadataUrl);
        await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(12));
        await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);

        Assert.Equal(2, Keys.KeySetRequests);
    }

    [Fact]
    public async Task Rotated_key_is_found_by_one_fetch_once_the_minimum_interval_has_passed()
    {
        using var cache = NewCache(Keys.BotFrameworkMetadataUrl);
        await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);
        Keys.PublishBotFrameworkKey("bf-rotated", "msteams");

        var tooSoon = await cache.FindAsync("bf-rotated", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));
        var afterFloor = await cache.FindAsync("bf-rotated", CancellationToken.None);

        Assert.Null(tooSoon);
        Assert.NotNull(afterFloor);
        Assert.Equal(2, Keys.KeySetRequests);
    }

    [Fact]
    public async Task Forged_key_ids_cost_at_most_one_fetch_per_minimum_interval()
    {
        using var cache = NewCache(Keys.BotFrameworkMetadataUrl);
        await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);

        for (var minute = 0; minute < 12; minute++)
        {
            for (var i = 0; i < 50; i++)
            {
                Assert.Null(await cache.FindAsync($"forged-{minute}-{i}", CancellationToken.None));
            }

            _time.Advance(TimeSpan.FromMinutes(1));
        }

        // First use, then one fetch at minute 5 and one at minute 10.
        Assert.Equal(3, Keys.KeySetRequests);
    }

    [Fact]
    public async Task Endorsements_come_from_the_key_set()
    {
        using var cache = NewCache(Keys.BotFrameworkMetadataUrl);

        var teams = await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);
        var webChat = await cache.FindAsync(KeyServer.WebChatKeyId, CancellationToken.None);

        Assert.True(teams!.IsEndorsedFor("msteams"));
        Assert.False(webChat!.IsEndorsedFor("msteams"));
        Assert.True(webChat.IsEndorsedFor("webchat"));
    }

    [Fact]
    public async Task Entra_keys_have_no_endorsements()
    {
        using var cache = NewCache(Keys.EntraMetadataUrl);

        var key = await cache.FindAsync(KeyServer.EntraKeyId, CancellationToken.None);

        Assert.Empty(key!.Endorsements);
    }

    [Fact]
    public async Task Unreachable_key_server_fails_naming_the_url()
    {
        const string deadUrl = "http://127.0.0.1:9/v1/.well-known/openidconfiguration";
        using var cache = NewCache(deadUrl);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None));

        Assert.Contains(deadUrl, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_fetch_that_failed_is_retried_after_ten_seconds_not_on_every_request()
    {
        using var cache = NewCache(Keys.BotFrameworkMetadataUrl);
        Keys.Unavailable = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None));
        var afterFirst = Keys.MetadataRequests; // HttpDocumentRetriever itself retries a 503 once
        _time.Advance(TimeSpan.FromSeconds(9));
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None));
        var afterSecond = Keys.MetadataRequests;
        Keys.Unavailable = false;
        _time.Advance(TimeSpan.FromSeconds(1));
        var key = await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);

        Assert.Equal(afterFirst, afterSecond);
        Assert.NotNull(key);
        Assert.Equal(afterSecond + 1, Keys.MetadataRequests);
    }

    [Fact]
    public async Task Stale_keys_are_kept_when_a_scheduled_refresh_fails()
    {
        using var cache = NewCache(Keys.BotFrameworkMetadataUrl);
        await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);
        Keys.Unavailable = true;

        _time.Advance(TimeSpan.FromHours(13));
        var key = await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);
        var afterFailedRefresh = Keys.MetadataRequests;
        var again = await cache.FindAsync(KeyServer.TeamsKeyId, CancellationToken.None);

        Assert.NotNull(key);
        Assert.NotNull(again);
        Assert.True(afterFailedRefresh > 1, "the scheduled refresh was attempted");
        Assert.Equal(afterFailedRefresh, Keys.MetadataRequests); // not repeated within the minimum interval
    }

    private OpenIdKeyCache NewCache(string metadataUrl) =>
        new(metadataUrl, _services.GetRequiredService<IHttpClientFactory>(), _time, Options, NullLogger.Instance);
}
