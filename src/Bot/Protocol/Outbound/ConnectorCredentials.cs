using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// The credential behind the outbound token (protocol.md §2): the app's client secret in its own tenant
/// (SingleTenant) or in <c>botframework.com</c> (MultiTenant), or a user-assigned managed identity
/// whose client id is the app id.
/// </summary>
public static class ConnectorCredentials
{
    /// <summary>The HttpClient Azure.Identity talks to Entra ID (or the managed identity endpoint) through.</summary>
    public const string HttpClientName = "BotAuth.Token";

    public const string MultiTenantAuthority = "botframework.com";

    public static TokenCredential Create(BotOptions bot, BotAuthOptions auth, HttpClient http)
    {
        if (bot.IsDevelopmentMode)
        {
            throw new InvalidOperationException("Development mode (no MicrosoftAppId) sends no Connector token.");
        }

        var transport = new HttpClientTransport(http);
        if (string.Equals(bot.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(bot.MicrosoftAppId!))
            {
                Transport = transport,
            });
        }

        var tenant = string.Equals(bot.MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase)
            ? MultiTenantAuthority
            : bot.MicrosoftAppTenantId!;
        var authorityHost = new Uri(auth.AuthorityHost);
        return new ClientSecretCredential(tenant, bot.MicrosoftAppId, bot.MicrosoftAppPassword, new ClientSecretCredentialOptions
        {
            AuthorityHost = authorityHost,
            Transport = transport,
            // Instance discovery asks login.microsoftonline.com whether an authority is known. An overridden
            // host (a sovereign cloud, a test key server) is trusted as configured instead.
            DisableInstanceDiscovery = !IsPublicCloud(authorityHost),
        });
    }

    private static bool IsPublicCloud(Uri authorityHost) =>
        string.Equals(authorityHost.Host, AzureAuthorityHosts.AzurePublicCloud.Host, StringComparison.OrdinalIgnoreCase);
}
