using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace SkoleUtvikling.Testing.Graph;

/// <summary>The calendar calls of <see cref="FakeGraph"/>: create, update and cancel an event in a user's mailbox.</summary>
internal static partial class FakeGraphRoutes
{
    private static (string Route, Match? Match)? EventRoute(string method, string path)
    {
        Match m;
        if (method == "POST" && (m = EventsPattern().Match(path)).Success)
        {
            return ("createEvent", m);
        }

        if (method == "PATCH" && (m = EventPattern().Match(path)).Success)
        {
            return ("updateEvent", m);
        }

        if (method == "POST" && (m = CancelPattern().Match(path)).Success)
        {
            return ("cancelEvent", m);
        }

        return null;
    }

    private static async Task<int> CreateEventAsync(HttpContext context, FakeGraph fake, Match m)
    {
        if (await JsonNode.ParseAsync(context.Request.Body) is not JsonObject body || body["start"] is null || body["end"] is null)
        {
            return await ErrorAsync(context, 400, "ErrorInvalidRequest", "An event needs a start and an end.");
        }

        var (e, _, lose) = fake.Events.Create(Uri.UnescapeDataString(m.Groups["user"].Value), body);
        if (lose)
        {
            // Carried out, but the answer never arrives.
            context.Abort();
            return 0;
        }

        return await JsonAsync(context, 201, FakeGraphEvents.Json(e));
    }

    private static async Task<int> UpdateEventAsync(HttpContext context, FakeGraph fake, Match m)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        return fake.Events.Update(Uri.UnescapeDataString(m.Groups["user"].Value), Uri.UnescapeDataString(m.Groups["event"].Value), body) is { } e
            ? await JsonAsync(context, 200, FakeGraphEvents.Json(e))
            : await ErrorAsync(context, 404, "ErrorItemNotFound", "The specified object was not found in the store.");
    }

    private static async Task<int> CancelEventAsync(HttpContext context, FakeGraph fake, Match m)
    {
        if (!fake.Events.Cancel(Uri.UnescapeDataString(m.Groups["user"].Value), Uri.UnescapeDataString(m.Groups["event"].Value)))
        {
            return await ErrorAsync(context, 404, "ErrorItemNotFound", "The specified object was not found in the store.");
        }

        context.Response.StatusCode = 202;
        return 202;
    }

    private static async Task<int> JsonAsync(HttpContext context, int status, JsonObject json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json.ToJsonString());
        return status;
    }

    [GeneratedRegex(@"^/v1\.0/users/(?<user>[^/]+)/events$")]
    private static partial Regex EventsPattern();

    [GeneratedRegex(@"^/v1\.0/users/(?<user>[^/]+)/events/(?<event>[^/]+)$")]
    private static partial Regex EventPattern();

    [GeneratedRegex(@"^/v1\.0/users/(?<user>[^/]+)/events/(?<event>[^/]+)/cancel$")]
    private static partial Regex CancelPattern();
}
