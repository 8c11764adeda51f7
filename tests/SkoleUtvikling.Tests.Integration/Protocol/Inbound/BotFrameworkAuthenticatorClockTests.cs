using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Inbound;
using SkoleUtvikling.Testing.Auth;

namespace SkoleUtvikling.Tests.Integration.Protocol.Inbound;

/// <summary>Token lifetime follows the injected TimeProvider, not the machine's clock.</summary>
public sealed class BotFrameworkAuthenticatorClockTests
{
    // Years away from the machine's clock: a check against the system clock would refuse every token here.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 3, 2, 7, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task Token_is_valid_by_the_injected_clock_and_expires_by_it()
    {
        await using var keys = await KeyServer.StartAsync(_time);
        await using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var bot = Options.Create(new BotOptions { MicrosoftAppId = RegisteredBot.AppId, MicrosoftAppTenantId = RegisteredBot.TenantId });
        var auth = Options.Create(new BotAuthOptions { BotFrameworkOpenIdMetadataUrl = keys.BotFrameworkMetadataUrl, EntraOpenIdMetadataUrl = keys.EntraMetadataUrl });
        using var issuers = new TrustedIssuers(bot, auth, services.GetRequiredService<IHttpClientFactory>(), _time, NullLoggerFactory.Instance);
        var authenticator = new BotFrameworkAuthenticator(bot, auth, issuers, _time, NullLogger<BotFrameworkAuthenticator>.Instance);
        var header = "Bearer " + keys.MintBotFrameworkToken(RegisteredBot.AppId, RegisteredBot.ServiceUrl);

        var fresh = await authenticator.AuthenticateAsync(header, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(64));
        var withinSkew = await authenticator.AuthenticateAsync(header, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));
        var expired = await authenticator.AuthenticateAsync(header, CancellationToken.None);

        Assert.True(fresh.Succeeded, fresh.Reason);
        Assert.True(withinSkew.Succeeded, withinSkew.Reason);
        Assert.False(expired.Succeeded);
        Assert.Equal("token has expired", expired.Reason);
    }
}
