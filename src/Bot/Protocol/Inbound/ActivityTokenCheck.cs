using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// What a verified token must say about the activity it came with (protocol.md §1): a channel the bot
/// serves, a Bot Framework key endorsed for it, a <c>serviceurl</c> claim equal to the activity's, a
/// serviceUrl on a Bot Connector host (the bot sends its replies, and its token, there), and the
/// tenant: the token's own (when it names a customer tenant) and, for a single-tenant bot, the bot's.
/// Reasons go to the log only; no activity text is put in them.
/// </summary>
public static class ActivityTokenCheck
{
    private const string ServiceUrlClaim = "serviceurl";
    private const string TenantClaim = "tid";

    public static string? Check(VerifiedToken verified, Activity activity, BotOptions bot, BotAuthOptions auth)
    {
        var channel = activity.ChannelId;
        if (string.IsNullOrEmpty(channel) || !auth.EffectiveChannels.Contains(channel, StringComparer.Ordinal))
        {
            return $"channel '{BearerToken.Shorten(channel)}' is not served (BotAuth:AllowedChannels)";
        }

        if (verified.Authority.IsBotFramework && !verified.Key.IsEndorsedFor(channel))
        {
            return $"signing key is not endorsed for channel '{BearerToken.Shorten(channel)}'";
        }

        return CheckServiceUrl(verified, activity, auth) ?? CheckTenant(verified, activity, bot);
    }

    /// <summary>
    /// Bot Builder requires the claim on Bot Framework tokens (ParameterizedBotFrameworkAuthentication.cs);
    /// whether Entra-issued channel tokens carry it is unverified, so there it is checked when present.
    /// </summary>
    private static string? CheckServiceUrl(VerifiedToken verified, Activity activity, BotAuthOptions auth)
    {
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !TrustedConnectorHosts.IsTrusted(serviceUrl, auth.AllowLoopbackForTests))
        {
            return "serviceUrl is not a Bot Connector host";
        }

        if (!verified.Token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) || string.IsNullOrEmpty(claimed))
        {
            return verified.Authority.IsBotFramework ? "token has no serviceurl claim" : null;
        }

        return string.Equals(claimed.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? null
            : "serviceurl claim does not match the activity's serviceUrl";
    }

    private static string? CheckTenant(VerifiedToken verified, Activity activity, BotOptions bot)
    {
        var fromChannelData = activity.ChannelData?.Tenant?.Id;
        var fromConversation = activity.Conversation?.TenantId;
        if (!string.IsNullOrEmpty(fromChannelData) && !string.IsNullOrEmpty(fromConversation) && !SameTenant(fromChannelData, fromConversation))
        {
            return "channelData.tenant.id and conversation.tenantId name different tenants";
        }

        var tenant = string.IsNullOrEmpty(fromChannelData) ? fromConversation : fromChannelData;

        // A channel token's tid is Microsoft's service tenant and says nothing about the user's.
        if (verified.Token.TryGetPayloadValue<string>(TenantClaim, out var tokenTenant) && !string.IsNullOrEmpty(tokenTenant)
            && !TrustedIssuers.ChannelTenantIds.Contains(tokenTenant, StringComparer.OrdinalIgnoreCase)
            && !SameTenant(tenant, tokenTenant))
        {
            return "activity tenant is not the token's tenant (tid)";
        }

        if (bot.IsSingleTenant && !SameTenant(tenant, bot.MicrosoftAppTenantId))
        {
            return string.IsNullOrEmpty(tenant) ? "activity names no tenant" : "activity tenant is not the bot's MicrosoftAppTenantId";
        }

        return null;
    }

    private static bool SameTenant(string? a, string? b) =>
        !string.IsNullOrEmpty(a) && string.Equals(a.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
