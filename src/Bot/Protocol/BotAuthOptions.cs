namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// Where the bot finds the keys and issuers that sign inbound tokens, and where it gets its own
/// outbound token (protocol.md §1 and §2). Section <c>BotAuth</c>; the defaults are Microsoft's public
/// cloud, so production needs none of these. Tests point them at a key server on loopback.
/// </summary>
public sealed class BotAuthOptions
{
    public const string Section = "BotAuth";

    /// <summary>OpenID metadata of the Bot Framework token service; its <c>jwks_uri</c> lists the signing keys with their channel endorsements.</summary>
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The <c>iss</c> of tokens from the Bot Framework token service.</summary>
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>OpenID metadata of Entra ID, whose keys sign the Entra-issued channel tokens.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>How often the signing keys are fetched again even when every token's key is known. At most 24 h.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The least time between two key fetches caused by an unknown key id, so a stream of forged key
    /// ids costs the key server at most one request per interval.
    /// </summary>
    public TimeSpan SigningKeyMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Entra ID authority the outbound token comes from: <c>{AuthorityHost}{tenant}/oauth2/v2.0/token</c>. Always https (Azure.Identity insists).</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The scope of the outbound Bot Connector token.</summary>
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// App ids (GUIDs) besides the Bot Service channels whose Entra tokens may call /api/messages
    /// (their <c>appid</c>/<c>azp</c>), e.g. another bot of the municipality. Empty by default: only the
    /// channels get in.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>
    /// Activity <c>channelId</c>s the bot serves. Unset means <c>msteams</c> only. (A nullable list: the
    /// configuration binder appends to a list's default items instead of replacing them.)
    /// </summary>
    public List<string>? AllowedChannels { get; set; }

    /// <summary>
    /// Tests only: trust loopback (also over plain http) as Connector host (activity <c>serviceUrl</c>)
    /// and as OpenID metadata URL, where the fake Connector and key server listen. Refused at start
    /// outside ASPNETCORE_ENVIRONMENT=Development.
    /// </summary>
    public bool AllowLoopbackForTests { get; set; }

    public const string DefaultChannel = "msteams";

    public IReadOnlyList<string> EffectiveChannels => AllowedChannels is { Count: > 0 } channels ? channels : [DefaultChannel];
}
