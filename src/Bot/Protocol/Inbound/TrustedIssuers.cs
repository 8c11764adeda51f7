using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// The issuers whose tokens may call /api/messages (protocol.md §1): the Bot Framework token service,
/// and Entra ID for the Bot Service channel tenants and the bot's own (home) tenant: a SingleTenant or
/// MSI bot's channel tokens are issued by its home tenant (Microsoft's Bot Framework samples add
/// exactly these issuers "for SingleTenant/MSI auth"). Any app registered in that tenant can get a
/// token for the bot's app id, so that issuer proves nothing about the caller (protocol.md §1,
/// correction 2026-12): <see cref="ChannelCallers"/> admits from it only the bot itself as calling
/// app, and the app ids listed in <c>BotAuth:AllowedCallers</c>.
/// </summary>
public sealed class TrustedIssuers : IDisposable
{
    /// <summary>
    /// Tenants whose Entra tokens the Bot Service channels send, as the M365 Agents SDK accepts them
    /// (samples/Shared/AspNetExtensions.cs).
    /// </summary>
    public static readonly IReadOnlyList<string> ChannelTenantIds =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    private readonly IssuerAuthority[] _authorities;

    public TrustedIssuers(IOptions<BotOptions> bot, IOptions<BotAuthOptions> auth, IHttpClientFactory httpClients, TimeProvider time, ILoggerFactory loggers)
    {
        var options = auth.Value;
        var logger = loggers.CreateLogger<TrustedIssuers>();
        BotFramework = new IssuerAuthority(
            "Bot Framework",
            new HashSet<string>(StringComparer.Ordinal) { options.BotFrameworkIssuer },
            new OpenIdKeyCache(options.BotFrameworkOpenIdMetadataUrl, httpClients, time, options, logger),
            IsBotFramework: true);
        ChannelIssuers = EntraIssuers(ChannelTenantIds);
        var entraIssuers = new HashSet<string>(ChannelIssuers, StringComparer.Ordinal);
        if (Guid.TryParse(bot.Value.MicrosoftAppTenantId, out var own))
        {
            entraIssuers.UnionWith(EntraIssuers([own.ToString("D")]));
        }

        Entra = new IssuerAuthority(
            "Entra ID",
            entraIssuers,
            new OpenIdKeyCache(options.EntraOpenIdMetadataUrl, httpClients, time, options, logger),
            IsBotFramework: false);
        _authorities = [BotFramework, Entra];
    }

    public IssuerAuthority BotFramework { get; }

    public IssuerAuthority Entra { get; }

    /// <summary>The Entra issuers of the Bot Service channel tenants (not the bot's own tenant).</summary>
    public IReadOnlySet<string> ChannelIssuers { get; }

    /// <summary>The authority that issues <paramref name="issuer"/>, or null when no trusted one does.</summary>
    public IssuerAuthority? Find(string? issuer) =>
        string.IsNullOrEmpty(issuer) ? null : Array.Find(_authorities, a => a.Issuers.Contains(issuer));

    public void Dispose()
    {
        BotFramework.Keys.Dispose();
        Entra.Keys.Dispose();
    }

    private static HashSet<string> EntraIssuers(IEnumerable<string> tenants)
    {
        // v1 tokens name sts.windows.net, v2 tokens login.microsoftonline.com.
        var issuers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            issuers.Add($"https://sts.windows.net/{tenant}/");
            issuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
        }

        return issuers;
    }
}
