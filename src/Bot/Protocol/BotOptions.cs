namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// The bot's registration, under the root keys Bot Framework users know. No <see cref="MicrosoftAppId"/>
/// means development mode: no tokens in or out, loopback only.
/// </summary>
public sealed class BotOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>SingleTenant</c> (default for new bots), <c>MultiTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string MicrosoftAppType { get; set; } = "SingleTenant";

    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>A bot that serves its own tenant only: SingleTenant or a user-assigned managed identity.</summary>
    public bool IsSingleTenant => !string.Equals(MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase);
}
