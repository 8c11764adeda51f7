using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>Collects every registration mistake at start; each message names its setting.</summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    private static readonly string[] AppTypes = ["SingleTenant", "MultiTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.IsDevelopmentMode)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add($"MicrosoftAppId must be the bot's app id (a GUID), was '{options.MicrosoftAppId}'.");
        }

        if (!AppTypes.Contains(options.MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType must be one of {string.Join(", ", AppTypes)}, was '{options.MicrosoftAppType}'.");
        }

        var isMsi = string.Equals(options.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (!isMsi && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (the client secret of the app registration).");
        }

        var needsTenant = !string.Equals(options.MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase);
        if (needsTenant && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
        {
            failures.Add($"MicrosoftAppTenantId must be the tenant id (a GUID) for a {options.MicrosoftAppType} bot, was '{options.MicrosoftAppTenantId}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
