using System.Net;
using SkoleUtvikling.Tests.Integration.Protocol.Inbound;

namespace SkoleUtvikling.Tests.Integration.Protocol.Hostile;

/// <summary>
/// <c>BotAuth:AllowedCallers</c> lets named apps of the bot's own tenant in, and from there nobody else
/// but the bot itself;
/// their token's tenant (tid) must be the activity's.
/// </summary>
public sealed class AllowedCallerTests
{
    private const string AllowedApp = "5a3c1e9b-7d2f-4b6a-8c0e-1f2d3e4a5b6c";
    private const string AppId = RegisteredBot.AppId;
    private const string OwnTenant = RegisteredBot.TenantId;

    [Fact]
    public async Task Listed_app_of_the_own_tenant_gets_in_and_an_unlisted_one_does_not()
    {
        await using var bot = await StartAsync("SingleTenant");

        var listed = await bot.PostAsync(bot.Keys.MintEntraToken(AppId, OwnTenant, s => s.WithClaim("appid", AllowedApp)), ForeignCallerTests.Hjelp());
        var unlisted = await bot.PostAsync(bot.Keys.MintEntraToken(AppId, OwnTenant, s => s.WithClaim("appid", ForeignCallerTests.OtherApp)), ForeignCallerTests.Hjelp());
        var botItself = await bot.PostAsync(bot.Keys.MintEntraToken(AppId, OwnTenant), ForeignCallerTests.Hjelp());

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unlisted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, botItself.StatusCode);
        Assert.Contains(bot.Logs.Entries, e => e.EventId == 1000 && e.Message.Contains($"calling app {ForeignCallerTests.OtherApp} from the bot's own tenant is not in BotAuth:AllowedCallers", StringComparison.Ordinal));
        Assert.Equal(2, (await StoredState.ReadAsync(bot.Host)).Outbox);
    }

    [Fact]
    public async Task Listed_app_cannot_speak_for_another_tenant()
    {
        // Multi-tenant, so only the token's tid stands between the caller and another municipality.
        await using var bot = await StartAsync("MultiTenant");
        var activity = ForeignCallerTests.Hjelp();
        activity["channelData"]!["tenant"]!["id"] = ForeignCallerTests.OtherTenant;
        activity["conversation"]!["tenantId"] = ForeignCallerTests.OtherTenant;

        var response = await bot.PostAsync(bot.Keys.MintEntraToken(AppId, OwnTenant, s => s.WithClaim("appid", AllowedApp)), activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(bot.Logs.Entries, e => e.EventId == 1000 && e.Message.Contains("activity tenant is not the token's tenant (tid)", StringComparison.Ordinal));
        Assert.Equal(new StoredState(0, 0, 0, 0, 0), await StoredState.ReadAsync(bot.Host));
    }

    private static Task<RegisteredBot> StartAsync(string appType) => RegisteredBot.StartAsync(new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = appType,
        ["BotAuth:AllowedCallers:0"] = AllowedApp,
        ["Outbox:Enabled"] = "false",
    });
}
