using System.Net;
using System.Text.Json.Nodes;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Tests.Integration.Protocol.Inbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Hostile;

/// <summary>
/// Requests from someone other than Teams, each with a validly signed token: another app of the
/// municipality's tenant, a bot-to-bot caller, another channel, another tenant, a serviceUrl that is not
/// the Bot Connector. Each gets 401 and leaves nothing behind; the same "hjelp" from Teams is answered.
/// </summary>
public sealed class ForeignCallerTests(HostileBotFixture fixture) : IClassFixture<HostileBotFixture>
{
    public const string ChannelTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    public const string OtherApp = "0f8fad5b-d9cb-469f-a165-70867728950e";
    public const string OtherTenant = "0e9a5c9f-3d7b-4c1e-9f0a-6b2d8e4c1a73";
    private const string AppId = RegisteredBot.AppId;

    private RegisteredBot Bot => fixture.Bot;

    private KeyServer Keys => Bot.Keys;

    /// <summary>A 1:1 "hjelp": accepted, it records the conversation and queues the help card.</summary>
    public static JsonObject Hjelp()
    {
        var message = Payloads.Load("personal-message");
        message["id"] = Guid.NewGuid().ToString("N");
        return message;
    }

    [Fact]
    public async Task Hjelp_from_a_Bot_Service_channel_is_answered()
    {
        var before = await StoredState.ReadAsync(Bot.Host);

        var v1 = await Bot.PostAsync(Keys.MintEntraToken(AppId, ChannelTenant), Hjelp());
        var v2 = await Bot.PostAsync(Keys.MintEntraToken(AppId, ChannelTenant, V2(AppId)), Hjelp());
        var botFramework = await Bot.PostAsync(Keys.MintBotFrameworkToken(AppId, RegisteredBot.ServiceUrl), Hjelp());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { v1.StatusCode, v2.StatusCode, botFramework.StatusCode });
        var after = await StoredState.ReadAsync(Bot.Host);
        Assert.Equal(before.Outbox + 3, after.Outbox);
    }

    [Fact]
    public async Task App_of_the_bots_own_tenant_with_a_client_credentials_token_for_the_bot_is_refused() =>
        await AssertRefusedAsync(
            Keys.MintEntraToken(AppId, RegisteredBot.TenantId, s => s.WithClaim("appid", OtherApp)),
            $"calling app {OtherApp} from the bot's own tenant is not in BotAuth:AllowedCallers");

    [Fact]
    public async Task Home_tenant_token_naming_the_bot_itself_as_caller_is_answered()
    {
        // A SingleTenant bot's channel tokens come from its home tenant; only the bot's own
        // credentials can get one that names the bot as calling app.
        var before = await StoredState.ReadAsync(Bot.Host);

        var response = await Bot.PostAsync(Keys.MintEntraToken(AppId, RegisteredBot.TenantId), Hjelp());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before.Outbox + 1, (await StoredState.ReadAsync(Bot.Host)).Outbox);
    }

    [Fact]
    public async Task Channel_tenant_token_for_another_calling_app_is_refused() =>
        await AssertRefusedAsync(
            Keys.MintEntraToken(AppId, ChannelTenant, s => s.WithClaim("appid", OtherApp)),
            $"calling app {OtherApp} is not a Bot Service channel and not in BotAuth:AllowedCallers");

    [Fact]
    public async Task V2_token_whose_azp_is_another_app_is_refused_even_with_a_matching_appid() =>
        await AssertRefusedAsync(
            Keys.MintEntraToken(AppId, ChannelTenant, s => V2(OtherApp)(s).WithClaim("appid", AppId)),
            $"calling app {OtherApp} is not a Bot Service channel");

    [Fact]
    public async Task Entra_token_without_a_calling_app_is_refused() =>
        await AssertRefusedAsync(
            Keys.MintEntraToken(AppId, ChannelTenant, s => s with { Claims = s.Claims.Where(c => c.Key != "appid").ToDictionary() }),
            "Entra token names no calling app (appid/azp)");

    [Fact]
    public async Task Calling_app_that_is_not_an_app_id_is_not_echoed_into_the_log() =>
        await AssertRefusedAsync(
            Keys.MintEntraToken(AppId, ChannelTenant, s => s.WithClaim("appid", "<script>Ola Nordmann</script>")),
            "calling app (not an app id) is not a Bot Service channel");

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("")]
    public async Task Activity_from_another_channel_is_refused(string channelId)
    {
        var activity = Hjelp();
        activity["channelId"] = channelId;

        await AssertRefusedAsync(Keys.MintEntraToken(AppId, ChannelTenant), "channel '…' is not served (BotAuth:AllowedChannels)", activity);
    }

    [Fact]
    public async Task Bot_Framework_token_for_Web_Chat_is_refused_for_a_Web_Chat_activity()
    {
        var activity = Hjelp();
        activity["channelId"] = "webchat";
        var token = Keys.MintBotFrameworkToken(AppId, RegisteredBot.ServiceUrl, s => s with { KeyId = KeyServer.WebChatKeyId });

        await AssertRefusedAsync(token, "channel '…' is not served", activity);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://10.0.0.5/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    public async Task ServiceUrl_that_is_not_the_Bot_Connector_is_refused(string serviceUrl)
    {
        var activity = Hjelp();
        activity["serviceUrl"] = serviceUrl;

        // Entra channel tokens carry no serviceurl claim, so only the host rule stands between the bot and this URL.
        await AssertRefusedAsync(Keys.MintEntraToken(AppId, ChannelTenant), "serviceUrl is not a Bot Connector host", activity);
    }

    [Fact]
    public async Task Activity_of_another_tenant_is_refused_by_a_single_tenant_bot()
    {
        var activity = Hjelp();
        activity["channelData"]!["tenant"]!["id"] = OtherTenant;
        activity["conversation"]!["tenantId"] = OtherTenant;

        await AssertRefusedAsync(Keys.MintEntraToken(AppId, ChannelTenant), "activity tenant is not the bot's MicrosoftAppTenantId", activity);
    }

    [Fact]
    public async Task Activity_naming_two_tenants_is_refused()
    {
        var activity = Hjelp();
        activity["conversation"]!["tenantId"] = OtherTenant;

        await AssertRefusedAsync(Keys.MintEntraToken(AppId, ChannelTenant), "channelData.tenant.id and conversation.tenantId name different tenants", activity);
    }

    [Fact]
    public async Task Activity_naming_no_tenant_is_refused_by_a_single_tenant_bot()
    {
        var activity = Hjelp();
        activity.Remove("channelData");
        activity["conversation"]!.AsObject().Remove("tenantId");

        await AssertRefusedAsync(Keys.MintEntraToken(AppId, ChannelTenant), "activity names no tenant", activity);
    }

    /// <summary>A v2 token of a channel tenant whose <c>azp</c> is <paramref name="caller"/>.</summary>
    public static Func<TokenSpec, TokenSpec> V2(string caller) => s =>
        (s with { Issuer = $"https://login.microsoftonline.com/{new Uri(s.Issuer).Segments[1].TrimEnd('/')}/v2.0" })
            .WithClaim("ver", "2.0").WithClaim("azp", caller);

    private async Task AssertRefusedAsync(string token, string reason, JsonObject? activity = null)
    {
        var before = await StoredState.ReadAsync(Bot.Host);
        var logged = Bot.Logs.Entries.Count;

        var response = await Bot.PostAsync(token, activity ?? Hjelp());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var refusal = Assert.Single(Bot.Logs.Entries.Skip(logged), e => e.EventId == 1000 && e.Category.StartsWith("SkoleUtvikling", StringComparison.Ordinal));
        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StoredState.ReadAsync(Bot.Host));
    }
}
