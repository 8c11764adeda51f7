using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>Checks the <c>BotAuth</c> settings at start; each message names its setting and the bad value.</summary>
/// <param name="environment">Missing (a host without one) counts as not Development.</param>
public sealed class BotAuthOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<BotAuthOptions>
{
    private static readonly TimeSpan MaxRefresh = TimeSpan.FromHours(24);
    private static readonly TimeSpan MinRefresh = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxFloor = TimeSpan.FromHours(1);
    private static readonly TimeSpan MinFloor = TimeSpan.FromSeconds(1);

    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        var failures = new List<string>();
        var isDevelopment = environment?.IsDevelopment() == true;
        if (options.AllowLoopbackForTests && !isDevelopment)
        {
            failures.Add($"{Key(nameof(options.AllowLoopbackForTests))} is for tests only and is refused outside ASPNETCORE_ENVIRONMENT=Development (was '{environment?.EnvironmentName ?? "unknown"}'): production never trusts loopback or plain http.");
        }

        CheckMetadataUrl(failures, nameof(options.BotFrameworkOpenIdMetadataUrl), options.BotFrameworkOpenIdMetadataUrl, options.AllowLoopbackForTests);
        CheckMetadataUrl(failures, nameof(options.EntraOpenIdMetadataUrl), options.EntraOpenIdMetadataUrl, options.AllowLoopbackForTests);
        for (var i = 0; i < options.AllowedCallers.Count; i++)
        {
            if (!Guid.TryParse(options.AllowedCallers[i], out _))
            {
                failures.Add($"{Key(nameof(options.AllowedCallers))}:{i} must be an app id (GUID), was '{options.AllowedCallers[i]}'.");
            }
        }

        if (options.AllowedChannels?.Any(string.IsNullOrWhiteSpace) == true)
        {
            failures.Add($"{Key(nameof(options.AllowedChannels))} must not contain empty entries.");
        }

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

    private static void CheckMetadataUrl(List<string> failures, string setting, string value, bool allowLoopback)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Key(setting)} must be an absolute https URL, was '{value}'.");
        }
        else if (LoopbackGuard.IsLoopback(value) ? !allowLoopback : uri.Scheme != Uri.UriSchemeHttps)
        {
            // Keys fetched over plain http could be swapped on the way, and with them every token; a key
            // server on loopback is a test's.
            failures.Add($"{Key(setting)} must be an https URL off loopback (loopback and http only with {Key(nameof(BotAuthOptions.AllowLoopbackForTests))} in tests), was '{value}'.");
        }
    }

    private static string Key(string property) => $"{BotAuthOptions.Section}:{property}";
}
