using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;

namespace SkoleUtvikling.Testing.Auth;

/// <summary>
/// An HTTP handler for the bot's HttpClients in tests: it trusts <see cref="TestCertificate"/> and
/// connects a few real Microsoft host names to 127.0.0.1 (same port), so host rules can be tested
/// with the names they are about while nothing leaves the machine. Any other name is refused.
/// </summary>
public static class LoopbackHttpHandler
{
    /// <summary>Trusted (Teams) and untrusted host names that the handler sends to loopback.</summary>
    public static readonly IReadOnlyList<string> Aliases = ["smba.trafficmanager.net", "untrusted.example"];

    /// <summary>Makes every HttpClient of the bot (metadata, token, Connector) use this handler.</summary>
    public static void UseForAllHttpClients(IServiceCollection services) =>
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(Create));

    public static SocketsHttpHandler Create() => new()
    {
        ConnectCallback = ConnectAsync,
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) => errors == SslPolicyErrors.None || TestCertificate.IsThis(certificate),
        },
    };

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var ip = IPAddress.TryParse(host, out var parsed) ? parsed : null;
        var isLoopback = host is "localhost" || (ip is not null && IPAddress.IsLoopback(ip));
        if (!isLoopback && !Aliases.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            throw new HttpRequestException($"Tests may only reach loopback; '{host}' is neither loopback nor a test alias.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            var address = isLoopback && ip is not null ? ip : IPAddress.Loopback;
            await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
