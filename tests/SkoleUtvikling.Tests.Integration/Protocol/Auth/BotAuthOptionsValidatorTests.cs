using SkoleUtvikling.Bot.Hosting;

namespace SkoleUtvikling.Tests.Integration.Protocol.Auth;

public sealed class BotAuthOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid() =>
        Assert.True(new BotAuthOptionsValidator().Validate(null, new BotAuthOptions()).Succeeded);

    [Fact]
    public void Loopback_metadata_over_http_is_valid() =>
        Assert.True(new BotAuthOptionsValidator().Validate(null, new BotAuthOptions
        {
            BotFrameworkOpenIdMetadataUrl = "http://127.0.0.1:5000/v1/.well-known/openidconfiguration",
            EntraOpenIdMetadataUrl = "http://localhost:5000/common/v2.0/.well-known/openid-configuration",
            AuthorityHost = "https://127.0.0.1:5001/",
        }).Succeeded);

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
