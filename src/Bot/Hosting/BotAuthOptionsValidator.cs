using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Hosting;

/// <summary>Checks the <c>BotAuth</c> settings at start; each message names its setting and the bad value.</summary>
public sealed class BotAuthOptionsValidator : IValidateOptions<BotAuthOptions>
{
    private static readonly TimeSpan MaxRefresh = TimeSpan.FromHours(24);
    private static readonly TimeSpan MinRefresh = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxFloor = TimeSpan.FromHours(1);
    private static readonly TimeSpan MinFloor = TimeSpan.FromSeconds(1);

    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        var failures = new List<string>();
        CheckMetadataUrl(failures, nameof(options.BotFrameworkOpenIdMetadataUrl), options.BotFrameworkOpenIdMetadataUrl);
        CheckMetadataUrl(failures, nameof(options.EntraOpenIdMetadataUrl), options.EntraOpenIdMetadataUrl);

        if (!Uri.TryCreate(options.BotFrameworkIssuer, UriKind.Absolute, out _))
        {
            failures.Add($"{Key(nameof(options.BotFrameworkIssuer))} must be an absolute URI such as https://api.botframework.com, was '{options.BotFrameworkIssuer}'.");
        }

        // Azure.Identity refuses any authority host that is not https, loopback included.
        if (!Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Key(nameof(options.AuthorityHost))} must be an absolute https URL such as https://login.microsoftonline.com/, was '{options.AuthorityHost}'.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectorScope) || !options.ConnectorScope.EndsWith("/.default", StringComparison.Ordinal))
        {
            failures.Add($"{Key(nameof(options.ConnectorScope))} must be a '.default' scope such as https://api.botframework.com/.default, was '{options.ConnectorScope}'.");
        }

        if (options.SigningKeyRefreshInterval < MinRefresh || options.SigningKeyRefreshInterval > MaxRefresh)
        {
            failures.Add($"{Key(nameof(options.SigningKeyRefreshInterval))} must be between {MinRefresh} and {MaxRefresh:c} (keys are fetched at least daily), was {options.SigningKeyRefreshInterval}.");
        }

        if (options.SigningKeyMinimumRefreshInterval < MinFloor || options.SigningKeyMinimumRefreshInterval > MaxFloor)
        {
            failures.Add($"{Key(nameof(options.SigningKeyMinimumRefreshInterval))} must be between {MinFloor} and {MaxFloor}, was {options.SigningKeyMinimumRefreshInterval}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckMetadataUrl(List<string> failures, string setting, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Key(setting)} must be an absolute https URL, was '{value}'.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !LoopbackGuard.IsLoopback(value))
        {
            // Keys fetched over plain http could be swapped on the way, and with them every token.
            failures.Add($"{Key(setting)} may use http only on loopback (127.0.0.1, ::1, localhost), was '{value}'.");
        }
    }

    private static string Key(string property) => $"{BotAuthOptions.Section}:{property}";
}
