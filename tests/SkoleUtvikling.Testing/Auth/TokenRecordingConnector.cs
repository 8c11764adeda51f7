using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace SkoleUtvikling.Testing.Auth;

/// <summary>
/// A stand-in for the Bot Connector that only notes which host each request was addressed to and
/// which Authorization header it carried, and answers 201 with a ResourceResponse.
/// </summary>
public sealed class TokenRecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private LoopbackKestrel? _server;

    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    public Uri HttpBase => Server.HttpBase;

    public Uri HttpsBase => Server.HttpsBase;

    private LoopbackKestrel Server => _server ?? throw new InvalidOperationException("The connector is not started.");

    public static async Task<TokenRecordingConnector> StartAsync()
    {
        var connector = new TokenRecordingConnector();
        connector._server = await LoopbackKestrel.StartAsync(connector.HandleAsync);
        return connector;
    }

    /// <summary>A serviceUrl with this server's port under another host name (see <see cref="LoopbackHttpHandler.Aliases"/>).</summary>
    public string ServiceUrl(string scheme, string host) =>
        $"{scheme}://{host}:{(scheme == Uri.UriSchemeHttps ? HttpsBase.Port : HttpBase.Port)}/teams/";

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        _calls.Enqueue(new RecordedCall(http.Request.Host.Host, http.Request.Path.Value ?? "", string.IsNullOrEmpty(authorization) ? null : authorization));
        http.Response.StatusCode = StatusCodes.Status201Created;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync("""{"id":"1763972130777"}""");
    }
}
