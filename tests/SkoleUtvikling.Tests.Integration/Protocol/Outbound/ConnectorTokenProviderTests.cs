using Azure.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Tests.Integration.Protocol.Inbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Outbound;

/// <summary>The outbound token cache, with a counting credential and the clock in the test's hand.</summary>
public sealed class ConnectorTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Token_is_reused_until_five_minutes_before_it_expires()
    {
        var credential = new CountingCredential(_time, TimeSpan.FromHours(1));
        using var provider = NewProvider(credential);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, stillCached);
        Assert.NotEqual(first, renewed);
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_fetch()
    {
        var credential = new CountingCredential(_time, TimeSpan.FromHours(1));
        using var provider = NewProvider(credential);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()));

        Assert.Single(tokens.Distinct());
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task Scope_comes_from_the_settings()
    {
        var credential = new CountingCredential(_time, TimeSpan.FromHours(1));
        using var provider = NewProvider(credential, "https://api.botframework.us/.default");

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(["https://api.botframework.us/.default"], credential.LastScopes);
    }

    private ConnectorTokenProvider NewProvider(TokenCredential credential, string scope = "https://api.botframework.com/.default") =>
        new(() => credential, scope, new BotOptions { MicrosoftAppId = RegisteredBot.AppId }, _time, NullLogger.Instance);

    /// <summary>Hands out numbered tokens valid for <paramref name="lifetime"/> from the fake clock's now.</summary>
    private sealed class CountingCredential(TimeProvider time, TimeSpan lifetime) : TokenCredential
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public string[] LastScopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            // Yield so concurrent callers really overlap while a fetch is in flight.
            await Task.Yield();
            LastScopes = requestContext.Scopes;
            var n = Interlocked.Increment(ref _calls);
            return new AccessToken($"token-{n}", time.GetUtcNow() + lifetime);
        }
    }
}
