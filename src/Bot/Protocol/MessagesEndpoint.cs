using System.Text.Json;
using SkoleUtvikling.Bot.Protocol.Inbound;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// POST /api/messages: authenticate, parse, hand the activity to the turn handler, and write the
/// invoke response as the HTTP status and body (protocol.md §1). Bodies are never logged.
/// </summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    // Teams activities are small; a card submit with long answers stays well below this.
    private const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        // The Agents Playground probes the endpoint with HEAD before it starts.
        endpoints.MapMethods(Path, ["HEAD"], () => Results.Ok());
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, IRequestAuthenticator authenticator, ITurnHandler turns, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var cancellationToken = http.RequestAborted;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ProtocolJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            activity = null;
        }

        var header = http.Request.Headers.Authorization.ToString();
        var auth = await authenticator.AuthenticateAsync(string.IsNullOrEmpty(header) ? null : header, activity ?? new Activity(), cancellationToken);
        if (!auth.Succeeded)
        {
            ProtocolLog.Unauthorized(logger, http.Connection.RemoteIpAddress?.ToString(), auth.Reason ?? "unknown");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            ProtocolLog.BadActivity(logger);
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
}
