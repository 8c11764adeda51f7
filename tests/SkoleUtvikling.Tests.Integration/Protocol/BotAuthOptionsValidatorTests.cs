using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Tests.Integration.Protocol;

public sealed class BotAuthOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid() =>
        Assert.True(new BotAuthOptionsValidator().Validate(null, new BotAuthOptions()).Succeeded);

    private static BotAuthOptions LoopbackKeyServer(bool allowLoopbackForTests) => new()
    {
        BotFrameworkOpenIdMetadataUrl = "http://127.0.0.1:5000/v1/.well-known/openidconfiguration",
        EntraOpenIdMetadataUrl = "http://localhost:5000/common/v2.0/.well-known/openid-configuration",
        AuthorityHost = "https://127.0.0.1:5001/",
        AllowLoopbackForTests = allowLoopbackForTests,
    };

    private static BotAuthOptionsValidator In(string environment) =>
        new(new HostingEnvironment { EnvironmentName = environment });

    [Fact]
    public void Loopback_metadata_over_http_is_valid_with_the_test_setting_in_Development() =>
        Assert.True(In(Environments.Development).Validate(null, LoopbackKeyServer(allowLoopbackForTests: true)).Succeeded);

    [Fact]
    public void Loopback_metadata_is_refused_without_the_test_setting()
    {
        var result = In(Environments.Development).Validate(null, LoopbackKeyServer(allowLoopbackForTests: false));

        Assert.Equal(2, result.Failures?.Count());
        Assert.All(result.Failures!, f => Assert.Contains("must be an https URL off loopback", f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_test_setting_is_refused_outside_Development(string environment)
    {
        var result = In(environment).Validate(null, LoopbackKeyServer(allowLoopbackForTests: true));

        var failure = Assert.Single(result.Failures ?? []);
        Assert.StartsWith("BotAuth:AllowLoopbackForTests is for tests only", failure, StringComparison.Ordinal);
        Assert.Contains(environment, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_setting_is_refused_where_the_environment_is_unknown() =>
        Assert.False(new BotAuthOptionsValidator().Validate(null, LoopbackKeyServer(allowLoopbackForTests: true)).Succeeded);

    [Fact]
    public void An_allowed_caller_must_be_an_app_id()
    {
        var result = new BotAuthOptionsValidator().Validate(null, new BotAuthOptions { AllowedCallers = ["0f8fad5b-d9cb-469f-a165-70867728950e", "skill-bot"] });

        Assert.Equal("BotAuth:AllowedCallers:1 must be an app id (GUID), was 'skill-bot'.", Assert.Single(result.Failures ?? []));
    }

    [Theory]
    [InlineData(nameof(BotAuthOptions.BotFrameworkOpenIdMetadataUrl), "login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData(nameof(BotAuthOptions.BotFrameworkOpenIdMetadataUrl), "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData(nameof(BotAuthOptions.EntraOpenIdMetadataUrl), "http://10.0.0.5/common/v2.0/.well-known/openid-configuration")]
    [InlineData(nameof(BotAuthOptions.EntraOpenIdMetadataUrl), "ftp://login.microsoftonline.com/")]
    [InlineData(nameof(BotAuthOptions.BotFrameworkIssuer), "api.botframework.com")]
    [InlineData(nameof(BotAuthOptions.AuthorityHost), "http://127.0.0.1:5001/")]
    [InlineData(nameof(BotAuthOptions.AuthorityHost), "")]
    [InlineData(nameof(BotAuthOptions.ConnectorScope), "https://api.botframework.com")]
    [InlineData(nameof(BotAuthOptions.SigningKeyRefreshInterval), "1.00:00:01")]
    [InlineData(nameof(BotAuthOptions.SigningKeyRefreshInterval), "00:01:00")]
    [InlineData(nameof(BotAuthOptions.SigningKeyMinimumRefreshInterval), "00:00:00")]
    [InlineData(nameof(BotAuthOptions.SigningKeyMinimumRefreshInterval), "02:00:00")]
    public void A_bad_setting_is_reported_with_its_name_and_value(string setting, string value)
    {
        var options = new BotAuthOptions();
        var property = typeof(BotAuthOptions).GetProperty(setting)!;
        property.SetValue(options, property.PropertyType == typeof(TimeSpan) ? TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value);

        var result = new BotAuthOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures ?? []);
        Assert.StartsWith($"BotAuth:{setting} ", failure, StringComparison.Ordinal);
        Assert.Contains(property.PropertyType == typeof(TimeSpan) ? TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture).ToString() : value, failure, StringComparison.Ordinal);
    }
}
