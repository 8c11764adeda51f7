using Microsoft.IdentityModel.JsonWebTokens;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// Who sent an Entra-issued token. The Bot Service channels call a bot with a token whose calling app
/// (<c>appid</c> in v1 tokens, <c>azp</c> in v2) is the bot's own app id: a token whose calling app
/// differs from the audience is a bot-to-bot ("skill"/"agent") call. Bot Builder refuses those unless
/// an allowed-callers validator is configured ("ClaimsValidator is required for validation of Skill
/// Host calls", https://github.com/microsoft/botbuilder-dotnet/blob/main/libraries/Microsoft.Bot.Connector/Authentication/ParameterizedBotFrameworkAuthentication.cs,
/// JwtTokenValidation.cs, SkillValidation.IsSkillClaim), its emulator/channel path requires the
/// <c>appid</c> to be the bot's own (EmulatorValidation.cs), and the M365 Agents SDK draws the same
/// line (https://github.com/microsoft/Agents-for-net/blob/main/src/libraries/Core/Microsoft.Agents.Authentication/AgentClaims.cs,
/// IsAgentClaim / GetOutgoingAppIdClaim). So: the bot's own app id as calling app (from a channel
/// tenant's issuer or the bot's home tenant; only the holder of the bot's credentials can get such a
/// token), or an app id listed in <c>BotAuth:AllowedCallers</c> (empty by default); nobody else.
/// </summary>
public static class ChannelCallers
{
    private const string VersionClaim = "ver";
    private const string AppIdClaim = "appid";
    private const string AuthorizedPartyClaim = "azp";

    /// <returns>Why the token's caller may not call the bot, or null when it may.</returns>
    public static string? Check(JsonWebToken token, bool fromChannelTenant, string botAppId, IReadOnlyCollection<string> allowedCallers)
    {
        var caller = CallerAppId(token);
        if (string.IsNullOrEmpty(caller))
        {
            return "Entra token names no calling app (appid/azp)";
        }

        if (allowedCallers.Contains(caller, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.Equals(caller, botAppId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // A verified token, but keep free text out of the log line all the same.
        var shown = Guid.TryParse(caller, out var id) ? id.ToString("D") : "(not an app id)";
        return fromChannelTenant
            ? $"calling app {shown} is not a Bot Service channel and not in BotAuth:AllowedCallers"
            : $"calling app {shown} from the bot's own tenant is not in BotAuth:AllowedCallers";
    }

    /// <summary>v1 tokens (and tokens without <c>ver</c>) name the caller in <c>appid</c>, v2 in <c>azp</c>.</summary>
    public static string? CallerAppId(JsonWebToken token)
    {
        var version = token.TryGetPayloadValue<string>(VersionClaim, out var ver) ? ver : "1.0";
        var claim = version == "2.0" ? AuthorizedPartyClaim : AppIdClaim;
        return token.TryGetPayloadValue<string>(claim, out var caller) ? caller : null;
    }
}
