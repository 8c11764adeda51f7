using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SkoleUtvikling.Testing.Connector;

/// <summary>The fake's routes. Each call goes: authorization, injected fault, rate limits, normal answer.</summary>
internal static class FakeConnectorRoutes
{
    private const string V3 = FakeConnector.BasePath + "v3/";

    public static void Map(WebApplication app, FakeConnector fake)
    {
        app.MapPost(V3 + "conversations/{conversationId}/activities", (HttpContext h, string conversationId) =>
            HandleAsync(h, fake, "send", conversationId, null, body => Post(fake, "send", conversationId, null, body)));
        app.MapPost(V3 + "conversations/{conversationId}/activities/{activityId}", (HttpContext h, string conversationId, string activityId) =>
            HandleAsync(h, fake, "reply", conversationId, activityId, body => Post(fake, "reply", conversationId, null, body)));
        app.MapPut(V3 + "conversations/{conversationId}/activities/{activityId}", (HttpContext h, string conversationId, string activityId) =>
            HandleAsync(h, fake, "update", conversationId, activityId, body => Post(fake, "update", conversationId, activityId, body, 200)));
        app.MapDelete(V3 + "conversations/{conversationId}/activities/{activityId}", (HttpContext h, string conversationId, string activityId) =>
            HandleAsync(h, fake, "delete", conversationId, activityId, _ => (200, null)));
        app.MapPost(V3 + "conversations", (HttpContext h) => HandleAsync(h, fake, "create", null, null, body => Create(fake, body)));
        app.MapGet(V3 + "conversations/{conversationId}/pagedmembers", (HttpContext h, string conversationId) =>
            HandleAsync(h, fake, "pagedmembers", conversationId, null, _ => PagedMembers(fake, h.Request.Query, conversationId)));
        app.MapGet(V3 + "conversations/{conversationId}/members", (HttpContext h, string conversationId) =>
            HandleAsync(h, fake, "members", conversationId, null, _ => AllMembers(fake, conversationId)));
        app.MapGet(V3 + "conversations/{conversationId}/members/{userId}", (HttpContext h, string conversationId, string userId) =>
            HandleAsync(h, fake, "member", conversationId, null, _ => Member(fake, conversationId, userId)));
        app.MapGet(V3 + "teams/{teamId}", (HttpContext h, string teamId) => HandleAsync(h, fake, "team", teamId, null, _ => Team(fake, teamId)));
        app.MapGet(V3 + "teams/{teamId}/conversations", (HttpContext h, string teamId) => HandleAsync(h, fake, "channels", teamId, null, _ => Channels(fake, teamId)));
        app.MapFallback((HttpContext h) => HandleAsync(h, fake, "unknown", null, null, _ => Error(404, "NotFound", "No such route.")));
    }

    private static async Task HandleAsync(HttpContext http, FakeConnector fake, string route, string? conversationId, string? activityId, Func<JsonObject?, (int Status, JsonNode? Body)> normal)
    {
        var body = await ReadBodyAsync(http);
        var call = new FakeConnectorCall(0, fake.Time.GetUtcNow(), http.Request.Method, http.Request.Path.Value ?? "",
            http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "", route, conversationId, activityId, TenantOf(body),
            body, http.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, 0, null);
        http.Response.Headers["X-Correlating-OperationId"] = Guid.NewGuid().ToString();

        if (fake.RequiredBearerToken is { } token && call.Authorization != $"Bearer {token}")
        {
            fake.Record(call with { Status = 401, Fault = FakeConnector.UnauthorizedFault });
            await WriteAsync(http, Error(401, "Unauthorized", "Authorization has been denied for this request."));
            return;
        }

        var fault = fake.Faults.Take(call);
        if (fault is { Status: > 0 })
        {
            fake.Record(call with { Status = fault.Status, Fault = FakeConnector.InjectedFault });
            SetRetryAfter(http, fake, fault.RetryAfter, fault.RetryAfterAsDate);
            await WriteAsync(http, Error(fault.Status, fault.Code, "Injected by the test.", fault.SubCode));
            return;
        }

        if (fake.RateLimits.Admit(RateKey(route, conversationId, body), call.TenantId) is { } wait)
        {
            fake.Record(call with { Status = 429, Fault = FakeConnector.RateLimitedFault });
            SetRetryAfter(http, fake, wait, asDate: false);
            await WriteAsync(http, Error(429, "Throttled", "Too many requests."));
            return;
        }

        var answer = normal(body);
        fake.Record(call with { Status = answer.Status });
        if (fault is { Delay: var delay } && delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, fake.Time);
        }

        if (fault is { DropAnswer: true })
        {
            http.Abort();
            return;
        }

        await WriteAsync(http, answer);
    }

    private static (int, JsonNode?) Post(FakeConnector fake, string kind, string conversationId, string? activityId, JsonObject? body, int status = 201)
    {
        if (body is null || body["type"] is null)
        {
            return Error(400, "BadArgument", "The body is not an activity.");
        }

        var accepted = fake.Accept(kind, conversationId, activityId, body);
        return (status, new JsonObject { ["id"] = accepted.ActivityId });
    }

    private static (int, JsonNode?) Create(FakeConnector fake, JsonObject? body)
    {
        if (body?["isGroup"]?.GetValue<bool>() == true)
        {
            var channel = body["channelData"]?["channel"]?["id"]?.GetValue<string>();
            if (channel is null || body["activity"] is not JsonObject first)
            {
                return Error(400, "BadArgument", "A channel thread needs channelData.channel.id and an activity.");
            }

            var rootId = fake.NextActivityId();
            fake.Accept("create", channel, rootId, (JsonObject)first.DeepClone());
            return (201, new JsonObject { ["id"] = $"{channel};messageid={rootId}", ["activityId"] = rootId });
        }

        var user = body?["members"]?[0]?["id"]?.GetValue<string>();
        if (string.IsNullOrEmpty(user))
        {
            return Error(400, "BadArgument", "A 1:1 needs members[0].id.");
        }

        // Teams gives the same 1:1 back for the same bot, user and tenant.
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{TenantOf(body)}|{user}")))[..16];
        return (201, new JsonObject { ["id"] = $"a:1{hash.ToLowerInvariant()}" });
    }

    private static (int, JsonNode?) PagedMembers(FakeConnector fake, IQueryCollection query, string conversationId)
    {
        var members = fake.Directory.Members(conversationId);
        if (members.Count == 0)
        {
            return Error(404, "ConversationNotFound", "Conversation not found.");
        }

        // Teams counts a page size below 50 as 50 and caps it at 500.
        var size = Math.Clamp(int.TryParse(query["pageSize"], out var s) ? s : 200, 50, 500);
        var offset = query["continuationToken"].ToString() is { Length: > 0 } token ? int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)), CultureInfo.InvariantCulture) : 0;
        var page = new JsonArray([.. members.Skip(offset).Take(size).Select(ToJson)]);
        var result = new JsonObject { ["members"] = page };
        if (offset + size < members.Count)
        {
            result["continuationToken"] = Convert.ToBase64String(Encoding.UTF8.GetBytes((offset + size).ToString(CultureInfo.InvariantCulture)));
        }

        return (200, result);
    }

    /// <summary>The non-paged member list (for a private channel: the channel's own members).</summary>
    private static (int, JsonNode?) AllMembers(FakeConnector fake, string conversationId)
    {
        var members = fake.Directory.Members(conversationId);
        return members.Count == 0
            ? Error(404, "ConversationNotFound", "Conversation not found.")
            : (200, new JsonArray([.. members.Select(ToJson)]));
    }

    private static (int, JsonNode?) Member(FakeConnector fake, string conversationId, string userId)
    {
        var member = fake.Directory.Members(conversationId).FirstOrDefault(m => m.Id == userId || m.ObjectId == userId);
        return member is null ? Error(404, "MemberNotFoundInConversation", "Member not found.") : (200, ToJson(member));
    }

    private static (int, JsonNode?) Team(FakeConnector fake, string teamId)
    {
        var team = fake.Directory.Team(teamId);
        return team is null
            ? Error(404, "NotFound", "Team not found.")
            : (200, new JsonObject
            {
                ["id"] = team.Id,
                ["name"] = team.Name,
                ["aadGroupId"] = team.AadGroupId,
                ["channelCount"] = team.Channels.Count,
                ["memberCount"] = fake.Directory.Members(teamId).Count,
                ["type"] = "standard",
            });
    }

    private static (int, JsonNode?) Channels(FakeConnector fake, string teamId)
    {
        var team = fake.Directory.Team(teamId);
        return team is null
            ? Error(404, "NotFound", "Team not found.")
            : (200, new JsonObject { ["conversations"] = new JsonArray([.. team.Channels.Select(c => new JsonObject { ["id"] = c.Id, ["name"] = c.Name })]) });
    }

    private static JsonObject ToJson(FakeMember m) => new()
    {
        ["id"] = m.Id,
        ["objectId"] = m.ObjectId,
        ["name"] = m.Name,
        ["givenName"] = m.GivenName,
        ["surname"] = m.Surname,
        ["email"] = m.Email,
        ["userPrincipalName"] = m.UserPrincipalName,
        ["tenantId"] = m.TenantId,
        ["userRole"] = m.UserRole,
    };

    private static (int, JsonNode?) Error(int status, string? code, string message, string? subCode = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (subCode is not null)
        {
            error["subCode"] = subCode;
        }

        return (status, new JsonObject { ["error"] = error });
    }

    /// <summary>Send and update count per conversation (the root, so a channel's threads share it); a 1:1 being opened per user.</summary>
    private static string? RateKey(string route, string? conversationId, JsonObject? body) => route switch
    {
        "send" or "reply" or "update" => conversationId?.Split(';')[0],
        "create" => "create|" + (body?["members"]?[0]?["id"]?.GetValue<string>() ?? body?["channelData"]?["channel"]?["id"]?.GetValue<string>()),
        _ => null,
    };

    private static string? TenantOf(JsonObject? body) =>
        body?["conversation"]?["tenantId"]?.GetValue<string>()
        ?? body?["channelData"]?["tenant"]?["id"]?.GetValue<string>()
        ?? body?["tenantId"]?.GetValue<string>();

    private static void SetRetryAfter(HttpContext http, FakeConnector fake, TimeSpan? wait, bool asDate)
    {
        if (wait is not { } w)
        {
            return;
        }

        // Whole seconds, rounded up: a client that waits what it is told is never early.
        var seconds = Math.Max(1, (long)Math.Ceiling(w.TotalSeconds));
        http.Response.Headers.RetryAfter = asDate
            ? (fake.Time.GetUtcNow() + TimeSpan.FromSeconds(seconds + 1)).ToString("R", CultureInfo.InvariantCulture)
            : seconds.ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<JsonObject?> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength is 0 || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsDelete(http.Request.Method))
        {
            return null;
        }

        try
        {
            return await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static async Task WriteAsync(HttpContext http, (int Status, JsonNode? Body) answer)
    {
        http.Response.StatusCode = answer.Status;
        if (answer.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(answer.Body.ToJsonString());
        }
    }
}
