using SkoleUtvikling.Bot.Protocol;


namespace SkoleUtvikling.Tests.Unit.Protocol;

public sealed class BotOptionsValidatorTests
{
    private const string AppId = "c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Fact]
    public void No_app_id_is_development_mode_and_valid() =>
        Assert.True(new BotOptionsValidator().Validate(null, new BotOptions()).Succeeded);

    [Fact]
    public void A_complete_single_tenant_registration_is_valid() =>
        Assert.True(new BotOptionsValidator().Validate(null, new BotOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "s", MicrosoftAppTenantId = Tenant }).Succeeded);

    [Fact]
    public void A_managed_identity_needs_no_password() =>
        Assert.True(new BotOptionsValidator().Validate(null, new BotOptions { MicrosoftAppId = AppId, MicrosoftAppType = "UserAssignedMSI", MicrosoftAppTenantId = Tenant }).Succeeded);

    [Fact]
    public void A_multi_tenant_bot_needs_no_tenant() =>
        Assert.True(new BotOptionsValidator().Validate(null, new BotOptions { MicrosoftAppId = AppId, MicrosoftAppType = "MultiTenant", MicrosoftAppPassword = "s" }).Succeeded);

    [Fact]
    public void Every_mistake_is_reported_at_once_with_its_setting()
    {
        var result = new BotOptionsValidator().Validate(null, new BotOptions { MicrosoftAppId = "abc", MicrosoftAppType = "Other" });

        Assert.False(result.Succeeded);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("MicrosoftAppId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MicrosoftAppType", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MicrosoftAppPassword", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MicrosoftAppTenantId", StringComparison.Ordinal));
    }
}
