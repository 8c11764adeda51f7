using System.Net;
using System.Text;
using SkoleUtvikling.Testing.Auth;

namespace SkoleUtvikling.Tests.Integration.Protocol.Inbound;

/// <summary>POST /api/messages on the real bot with tokens from the loopback key server: one case per check of protocol.md §1.</summary>
public sealed class InboundAuthenticationTests(RegisteredBotFixture fixture) : IClassFixture<RegisteredBotFixture>
{
    private const string AppId = RegisteredBot.AppId;
    private const string ServiceUrl = RegisteredBot.ServiceUrl;
    private const string OtherTenant = "0e9a5c9f-3d7b-4c1e-9f0a-6b2d8e4c1a73";
    private const string ChannelTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private RegisteredBot Bot => fixture.Bot;

    private KeyServer Keys => Bot.Keys;

    [Fact]
    public async Task Valid_Bot_Framework_token_is_accepted_with_200()
    {
        var response = await Bot.PostAsync(Keys.MintBotFrameworkToken(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task Token_signed_with_a_longer_RSA_hash_is_accepted(string algorithm)
    {
        var response = await Bot.PostAsync(Keys.MintBotFrameworkToken(AppId, ServiceUrl, s => s with { Algorithm = algorithm }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Forged_signature_is_rejected_with_401()
    {
        var forged = KeyServer.MintForged(Keys.BotFrameworkSpec(AppId, ServiceUrl));

        await AssertRejectedAsync(forged, "token signature does not verify");
    }

    [Fact]
    public async Task Wrong_issuer_is_rejected_with_401()
    {
        var token = Keys.MintBotFrameworkToken(AppId, ServiceUrl, s => s with { Issuer = "https://api.botframework.example" });

        await AssertRejectedAsync(token, "issuer '…' is not trusted");
    }

    [Fact]
    public async Task Wrong_audience_is_rejected_with_401()
    {
        var token = Keys.MintBotFrameworkToken(AppId, ServiceUrl, s => s with { Audience = "0f8fad5b-d9cb-469f-a165-70867728950e" });

        await AssertRejectedAsync(token, "token audience is not the bot's MicrosoftAppId");
    }

    [Fact]
    public async Task Expired_token_is_rejected_with_401()
    {
        var now = TimeProvider.System.GetUtcNow();
        var token = Keys.MintBotFrameworkToken(AppId, ServiceUrl, s => s with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-6) });

        await AssertRejectedAsync(token, "token has expired");
    }

    [Fact]
    public async Task Token_expired_less_than_the_five_minute_skew_ago_is_accepted()
    {
        var now = TimeProvider.System.GetUtcNow();
        var token = Keys.MintBotFrameworkToken(AppId, ServiceUrl, s => s with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4) });

        var response = await Bot.PostAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_not_valid_yet_is_rejected_with_401()
    {
        var now = TimeProvider.System.GetUtcNow();
        var token = Keys.MintBotFrameworkToken(AppId, ServiceUrl, s => s with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) });

        await AssertRejectedAsync(token, "token is not valid yet");
    }

    [Fact]
    public async Task Missing_header_is_rejected_with_401() =>
        await AssertRejectedAsync(bearerToken: null, "no Authorization header");

    [Fact]
    public async Task Alg_none_token_is_rejected_with_401()
    {
        var unsigned = TokenMinter.WithoutSignature(Keys.BotFrameworkSpec(AppId, ServiceUrl));

        await AssertRejectedAsync(unsigned, "token algorithm '…' is not allowed");
    }

    [Fact]
    public async Task HS256_token_is_rejected_with_401()
    {
        var hmac = TokenMinter.SignHmac(Keys.BotFrameworkSpec(AppId, ServiceUrl), Encoding.UTF8.GetBytes("a secret the attacker chose, 32+ bytes"));

        await AssertRejectedAsync(hmac, "token algorithm '…' is not allowed");
    }

    [Fact]
    public async Task Key_endorsed_only_for_another_channel_is_rejected_with_401()
    {
        var token = Keys.MintBotFrameworkToken(AppId, ServiceUrl, s => s with { KeyId = KeyServer.WebChatKeyId });

        await AssertRejectedAsync(token, "signing key is not endorsed for channel '…'");
    }

    [Fact]
    public async Task ServiceUrl_claim_for_another_service_is_rejected_with_401()
    {
        var token = Keys.MintBotFrameworkToken(AppId, "https://smba.trafficmanager.net/amer/");

        await AssertRejectedAsync(token, "serviceurl claim does not match the activity's serviceUrl");
    }

    [Fact]
    public async Task Bot_Framework_token_without_serviceurl_claim_is_rejected_with_401()
    {
        var token = Keys.Mint(Keys.BotFrameworkSpec(AppId, ServiceUrl) with { Claims = new Dictionary<string, object>() });

        await AssertRejectedAsync(token, "token has no serviceurl claim");
    }

    [Fact]
    public async Task ServiceUrl_comparison_ignores_case_and_the_trailing_slash()
    {
        var response = await Bot.PostAsync(Keys.MintBotFrameworkToken(AppId, "HTTPS://SMBA.trafficmanager.net/EMEA"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_naming_an_unpublished_key_is_rejected_with_401()
    {
        var forged = KeyServer.MintForged(Keys.BotFrameworkSpec(AppId, ServiceUrl) with { KeyId = "never-published" });

        await AssertRejectedAsync(forged, "signing key '…' is not published by Bot Framework");
    }

    [Fact]
    public async Task Entra_token_from_a_Bot_Service_channel_tenant_is_accepted_with_200()
    {
        var response = await Bot.PostAsync(Keys.MintEntraToken(AppId, ChannelTenant));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Entra_v2_token_from_a_Bot_Service_channel_tenant_is_accepted_with_200()
    {
        const string channelTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
        var token = Keys.MintEntraToken(AppId, channelTenant, s => s with { Issuer = $"https://login.microsoftonline.com/{channelTenant}/v2.0" });

        var response = await Bot.PostAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Entra_token_from_another_tenant_is_rejected_with_401()
    {
        var token = Keys.MintEntraToken(AppId, OtherTenant);

        await AssertRejectedAsync(token, "issuer '…' is not trusted");
    }

    [Fact]
    public async Task Entra_token_with_a_serviceurl_claim_for_another_service_is_rejected_with_401()
    {
        var token = Keys.MintEntraToken(AppId, ChannelTenant, s => s.WithClaim("serviceurl", "https://evil.example/"));

        await AssertRejectedAsync(token, "serviceurl claim does not match the activity's serviceUrl");
    }

    [Fact]
    public async Task Entra_token_signed_by_a_Bot_Framework_key_is_rejected_with_401()
    {
        var token = Keys.MintEntraToken(AppId, ChannelTenant, s => s with { KeyId = KeyServer.TeamsKeyId });

        await AssertRejectedAsync(token, "signing key '…' is not published by Entra ID");
    }

    [Fact]
    public async Task Rejection_is_logged_with_its_reason_and_without_the_body()
    {
        var activity = RegisteredBot.Activity();
        activity["text"] = "Min hemmelige refleksjon om elev 4B";
        var before = Bot.Logs.Entries.Count;

        var response = await Bot.PostAsync(Keys.MintBotFrameworkToken(AppId, ServiceUrl, s => s with { Audience = "someone-else" }), activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var lines = Bot.Logs.Entries.Skip(before).ToList();
        var refusal = Assert.Single(lines, e => e.EventId == 1000 && e.Category.StartsWith("SkoleUtvikling", StringComparison.Ordinal));
        Assert.Contains("token audience is not the bot's MicrosoftAppId", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, e => e.Message.Contains("refleksjon", StringComparison.Ordinal));
    }

    /// <summary>Posts with <paramref name="bearerToken"/>; expects 401, an empty body and one refusal log line naming <paramref name="reason"/>.</summary>
    private async Task AssertRejectedAsync(string? bearerToken, string reason)
    {
        var before = Bot.Logs.Entries.Count;

        var response = await Bot.PostAsync(bearerToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var refusal = Assert.Single(Bot.Logs.Entries.Skip(before), e => e.EventId == 1000 && e.Category.StartsWith("SkoleUtvikling", StringComparison.Ordinal));
        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
    }
}
