using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol.Inbound;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// POST /api/messages (protocol.md §1), in this order: the route's body limit is set on Kestrel; the
/// Authorization header is checked before a byte of the body is read (401, body left unread); the body
/// is read up to the limit, chunked or not (413, nothing parsed); it is parsed (400); the token is bound
/// to the activity (401); the activity's required fields are checked (400); then the turn handler runs
/// and an invoke's response becomes the HTTP status and body. Bodies are never logged.
/// </summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>Teams activities are small; a card submit with long answers stays well below this.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    // A proxy in front of a development-mode bot would open its unauthenticated endpoint to the network.
    private static readonly string[] ForwardedHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto"];

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        // The Agents Playground probes the endpoint with HEAD before it starts.
        endpoints.MapMethods(Path, ["HEAD"], () => Results.Ok());
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, IRequestAuthenticator authenticator, ITurnHandler turns, IOptions<BotOptions> bot, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var cancellationToken = http.RequestAborted;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        if (bot.Value.IsDevelopmentMode && ForwardedHeaders.Any(http.Request.Headers.ContainsKey))
        {
            Refuse(http, logger, StatusCodes.Status401Unauthorized, "development mode takes no requests through a proxy (forwarded headers)");
            return;
        }

        var header = http.Request.Headers.Authorization.ToString();
        var auth = await authenticator.AuthenticateAsync(string.IsNullOrEmpty(header) ? null : header, cancellationToken);
        if (!auth.Succeeded)
        {
            Refuse(http, logger, StatusCodes.Status401Unauthorized, auth.Reason ?? "unknown");
            return;
        }

        var body = await RequestBody.ReadCappedAsync(http.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            ProtocolLog.TooLarge(logger, MaxBodyBytes);
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            http.Response.Headers.Connection = "close";
            return;
        }

        var activity = Parse(body);
        if (activity is null)
        {
            ProtocolLog.BadActivity(logger, "not an activity");
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var refusal = authenticator.CheckActivity(auth, activity);
        if (refusal is not null)
        {
            Refuse(http, logger, StatusCodes.Status401Unauthorized, refusal);
            return;
        }

        if (ActivityShape.Problem(activity) is { } problem)
        {
            ProtocolLog.BadActivity(logger, problem);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var response = await turns.HandleAsync(activity, cancellationToken);
        if (activity.IsType(ActivityTypes.Invoke))
        {
            response ??= InvokeResponse.NotImplemented;
            http.Response.StatusCode = response.Status;
            if (response.Body is not null)
            {
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync(response.Body.ToJsonString(ProtocolJson.Options), cancellationToken);
            }

            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static Activity? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The body is left unread, so the connection is not kept for another request.</summary>
    private static void Refuse(HttpContext http, ILogger logger, int status, string reason)
    {
        ProtocolLog.Unauthorized(logger, http.Connection.RemoteIpAddress?.ToString(), reason);
        http.Response.StatusCode = status;
        http.Response.Headers.Connection = "close";
    }
}
