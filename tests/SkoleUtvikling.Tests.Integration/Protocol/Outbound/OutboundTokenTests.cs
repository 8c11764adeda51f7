using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Tests.Integration.Protocol.Inbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Outbound;

/// <summary>
/// The bot's Connector client with the real Azure.Identity credential against the key server's token
/// endpoint: a token for trusted Connector hosts, none for anything else, none in development mode.
/// </summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private TokenRecordingConnector? _connector;

    private TokenRecordingConnector Connector => _connector!;

    public async Task InitializeAsync() => _connector = await TokenRecordingConnector.StartAsync();

    public async Task DisposeAsync() => await Connector.DisposeAsync();

    [Fact]
    public async Task Token_is_attached_to_a_trusted_Teams_host()
    {
        await using var bot = await RegisteredBot.StartAsync();

        await SendAsync(bot, Connector.ServiceUrl("https", "smba.trafficmanager.net"));

        var call = Assert.Single(Connector.Calls);
        Assert.Equal("smba.trafficmanager.net", call.Host);
        var token = new JsonWebToken(call.Authorization!["Bearer ".Length..]);
        Assert.StartsWith("Bearer ", call.Authorization, StringComparison.Ordinal);
        Assert.Equal("https://api.botframework.com", token.GetClaim("aud").Value);
        Assert.Equal(RegisteredBot.AppId, token.GetClaim("appid").Value);
        var request = Assert.Single(bot.Keys.TokenRequests);
        Assert.Equal(new TokenRequest(RegisteredBot.TenantId, RegisteredBot.AppId, "https://api.botframework.com/.default", "client_credentials", SecretMatched: true), request);
        Assert.Empty(bot.Keys.UnexpectedRequests);
    }

    [Fact]
    public async Task Token_is_attached_on_loopback()
    {
        await using var bot = await RegisteredBot.StartAsync();

        await SendAsync(bot, Connector.HttpBase.ToString());

        Assert.StartsWith("Bearer ey", Assert.Single(Connector.Calls).Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_token_is_sent_to_loopback_without_the_test_setting()
    {
        // Production's key servers (never fetched here: nothing inbound), so the test setting can be off.
        await using var bot = await RegisteredBot.StartAsync(new Dictionary<string, string?>
        {
            ["BotAuth:AllowLoopbackForTests"] = "false",
            ["BotAuth:BotFrameworkOpenIdMetadataUrl"] = new BotAuthOptions().BotFrameworkOpenIdMetadataUrl,
            ["BotAuth:EntraOpenIdMetadataUrl"] = new BotAuthOptions().EntraOpenIdMetadataUrl,
        });

        await SendAsync(bot, Connector.HttpBase.ToString());

        Assert.Null(Assert.Single(Connector.Calls).Authorization);
        Assert.Empty(bot.Keys.TokenRequests);
    }

    [Fact]
    public async Task No_token_is_sent_to_an_untrusted_host_nor_fetched_for_it()
    {
        await using var bot = await RegisteredBot.StartAsync();

        await SendAsync(bot, Connector.ServiceUrl("https", "untrusted.example"));

        var call = Assert.Single(Connector.Calls);
        Assert.Equal("untrusted.example", call.Host);
        Assert.Null(call.Authorization);
        Assert.Empty(bot.Keys.TokenRequests);
        Assert.Contains(bot.Logs.Entries, e => e.EventId == 1021 && e.Message.Contains("untrusted.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_token_is_sent_to_a_trusted_name_over_plain_http()
    {
        await using var bot = await RegisteredBot.StartAsync();

        await SendAsync(bot, Connector.ServiceUrl("http", "smba.trafficmanager.net"));

        Assert.Null(Assert.Single(Connector.Calls).Authorization);
    }

    [Fact]
    public async Task No_token_in_development_mode()
    {
        await using var bot = await RegisteredBot.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppId"] = "" });

        await SendAsync(bot, Connector.HttpBase.ToString());
        await SendAsync(bot, Connector.ServiceUrl("https", "smba.trafficmanager.net"));

        Assert.All(Connector.Calls, c => Assert.Null(c.Authorization));
        Assert.Equal(2, Connector.Calls.Count);
        Assert.Empty(bot.Keys.TokenRequests);
    }

    [Fact]
    public async Task One_token_serves_many_calls()
    {
        await using var bot = await RegisteredBot.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await SendAsync(bot, Connector.ServiceUrl("https", "smba.trafficmanager.net"));
        }

        Assert.Single(bot.Keys.TokenRequests);
        Assert.Single(Connector.Calls.Select(c => c.Authorization).Distinct());
    }

    [Fact]
    public async Task Multi_tenant_bot_asks_the_botframework_com_tenant()
    {
        await using var bot = await RegisteredBot.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppTenantId"] = "" });

        await SendAsync(bot, Connector.ServiceUrl("https", "smba.trafficmanager.net"));

        Assert.Equal("botframework.com", Assert.Single(bot.Keys.TokenRequests).Tenant);
    }

    [Fact]
    public async Task Wrong_client_secret_fails_the_call_and_logs_it()
    {
        await using var bot = await RegisteredBot.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppPassword"] = "wrong" });

        await Assert.ThrowsAsync<Azure.Identity.AuthenticationFailedException>(() => SendAsync(bot, Connector.ServiceUrl("https", "smba.trafficmanager.net")));

        Assert.Empty(Connector.Calls);
        Assert.Contains(bot.Logs.Entries, e => e.EventId == 1022);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains("wrong", StringComparison.Ordinal));
    }

    private static Task<ResourceResponse> SendAsync(RegisteredBot bot, string serviceUrl) =>
        bot.Host.Services.GetRequiredService<IConnectorClient>()
            .SendAsync(serviceUrl, "a:1Kf3qAlVMXfNoGp0oZ3Y5Y4W0p1c6Y8ZB9oKyq7m0T0x", new Activity { Text = "Hei" }, CancellationToken.None);
}
