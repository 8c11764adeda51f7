using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SkoleUtvikling.Testing.Graph;

/// <summary>The request handling of <see cref="FakeGraph"/>, one method per Graph call it knows.</summary>
internal static partial class FakeGraphRoutes
{
    private const string ConflictBehavior = "@microsoft.graph.conflictBehavior";

    public static void Map(WebApplication app, FakeGraph fake) => app.Run(context => HandleAsync(context, fake));

    private static async Task HandleAsync(HttpContext context, FakeGraph fake)
    {
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        var (route, match) = Route(request.Method, path);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? path;
        var authorization = request.Headers.Authorization.ToString();

        var fault = route == "unknown" ? null : fake.TakeFault(route);
        int status;
        if (fault is not null)
        {
            if (fault.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            status = await ErrorAsync(context, fault.Status, fault.Code, "Injected by the test.");
        }
        else
        {
            status = route switch
            {
                "filesFolder" => await FilesFolderAsync(context, fake, match!),
                "createFolder" => await CreateFolderAsync(context, fake, match!),
                "getByPath" => await GetByPathAsync(context, fake, match!),
                "putContent" => await PutContentAsync(context, fake, match!),
                "listChannels" => await ListChannelsAsync(context, fake, match!),
                "createEvent" => await CreateEventAsync(context, fake, match!),
                "updateEvent" => await UpdateEventAsync(context, fake, match!),
                "cancelEvent" => await CancelEventAsync(context, fake, match!),
                _ => await ErrorAsync(context, 400, "BadRequest", $"Resource not found for the segment in '{path}'."),
            };
        }

        fake.Record(request.Method, route, rawTarget, authorization.Length == 0 ? null : authorization, status, fault is not null);
    }

    private static (string Route, Match? Match) Route(string method, string path)
    {
        if (EventRoute(method, path) is { } calendar)
        {
            return calendar;
        }

        Match m;
        if (method == "GET" && (m = FilesFolderPattern().Match(path)).Success)
        {
            return ("filesFolder", m);
        }

        if (method == "GET" && (m = ChannelsPattern().Match(path)).Success)
        {
            return ("listChannels", m);
        }

        if (method == "POST" && (m = ChildrenPattern().Match(path)).Success)
        {
            return ("createFolder", m);
        }

        if (method == "PUT" && (m = ContentPattern().Match(path)).Success)
        {
            return ("putContent", m);
        }

        if (method == "GET" && (m = ByPathPattern().Match(path)).Success)
        {
            return ("getByPath", m);
        }

        return ("unknown", null);
    }

    private static Task<int> FilesFolderAsync(HttpContext context, FakeGraph fake, Match m)
    {
        var folder = fake.FilesFolder(m.Groups["team"].Value, m.Groups["channel"].Value);
        return folder is null
            ? ErrorAsync(context, 404, "NotFound", "No team or channel found with the given id.")
            : ItemAsync(context, 200, folder);
    }

    private static async Task<int> CreateFolderAsync(HttpContext context, FakeGraph fake, Match m)
    {
        var driveId = m.Groups["drive"].Value;
        var parent = fake.Item(driveId, m.Groups["parent"].Value);
        if (parent is null || !parent.IsFolder)
        {
            return await ErrorAsync(context, 404, "itemNotFound", "The resource could not be found.");
        }

        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        var name = body?["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name) || body?["folder"] is null)
        {
            return await ErrorAsync(context, 400, "invalidRequest", "A folder needs a name and a folder facet.");
        }

        // POST children defaults to fail on a name clash.
        var behavior = body[ConflictBehavior]?.GetValue<string>() ?? context.Request.Query[ConflictBehavior].FirstOrDefault() ?? "fail";
        var (item, added) = fake.AddChild(driveId, parent.Id, name, content: null);
        if (added)
        {
            return await ItemAsync(context, 201, item);
        }

        return behavior switch
        {
            "fail" => await ErrorAsync(context, 409, "nameAlreadyExists", "The specified item name already exists."),
            "replace" when item.IsFolder => await ItemAsync(context, 200, item),
            _ => await ErrorAsync(context, 400, "invalidRequest", $"conflictBehavior '{behavior}' is not supported by the fake."),
        };
    }

    private static Task<int> GetByPathAsync(HttpContext context, FakeGraph fake, Match m)
    {
        var item = Walk(fake, m.Groups["drive"].Value, m.Groups["parent"].Value, m.Groups["path"].Value);
        return item is null
            ? ErrorAsync(context, 404, "itemNotFound", "The resource could not be found.")
            : ItemAsync(context, 200, item);
    }

    private static async Task<int> PutContentAsync(HttpContext context, FakeGraph fake, Match m)
    {
        var driveId = m.Groups["drive"].Value;
        var segments = m.Groups["path"].Value.Split('/');
        var folder = Walk(fake, driveId, m.Groups["parent"].Value, string.Join('/', segments[..^1]));
        if (folder is null || !folder.IsFolder)
        {
            return await ErrorAsync(context, 404, "itemNotFound", "The parent folder could not be found.");
        }

        // Read the whole body before storing anything, so a broken upload leaves nothing half-written.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var content = buffer.ToArray();
        if (fake.PutDelay > TimeSpan.Zero)
        {
            await Task.Delay(fake.PutDelay, context.RequestAborted);
        }

        // On PUT …/content conflictBehavior is a query parameter and defaults to replace.
        var behavior = context.Request.Query[ConflictBehavior].FirstOrDefault() ?? "replace";
        var (item, added) = fake.AddChild(driveId, folder.Id, segments[^1], content);
        if (added)
        {
            return await ItemAsync(context, 201, item);
        }

        return behavior switch
        {
            "replace" when !item.IsFolder => await ItemAsync(context, 200, fake.Replace(item, content)),
            "fail" or "replace" => await ErrorAsync(context, 409, "nameAlreadyExists", "The specified item name already exists."),
            _ => await ErrorAsync(context, 400, "invalidRequest", $"conflictBehavior '{behavior}' is not supported by the fake."),
        };
    }

    /// <summary>GET /teams/{id}/channels, with the one $filter Graph users need here: membershipType eq '…'.</summary>
    private static async Task<int> ListChannelsAsync(HttpContext context, FakeGraph fake, Match m)
    {
        var team = m.Groups["team"].Value;
        var channels = fake.Channels(team);
        if (channels.Count == 0)
        {
            return await ErrorAsync(context, 404, "NotFound", "No team found with Group Id " + team);
        }

        var filter = context.Request.Query["$filter"].FirstOrDefault();
        if (filter is not null)
        {
            var wanted = MembershipFilterPattern().Match(filter);
            if (!wanted.Success)
            {
                return await ErrorAsync(context, 400, "BadRequest", $"The fake does not understand the filter '{filter}'.");
            }

            channels = [.. channels.Where(c => c.MembershipType == wanted.Groups["type"].Value)];
        }

        var json = new JsonObject
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#teams('{team}')/channels",
            ["@odata.count"] = channels.Count,
            ["value"] = new JsonArray([.. channels.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.ChannelId,
                ["displayName"] = c.DisplayName,
                ["membershipType"] = c.MembershipType,
            })]),
        };
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json.ToJsonString());
        return 200;
    }

    private static FakeGraphItem? Walk(FakeGraph fake, string driveId, string parentId, string path)
    {
        var current = fake.Item(driveId, parentId);
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current is { IsFolder: true } ? fake.Child(current.Id, segment) : null;
        }

        return current;
    }

    private static async Task<int> ItemAsync(HttpContext context, int status, FakeGraphItem item)
    {
        var json = new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#driveItem",
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["webUrl"] = $"https://contoso.sharepoint.com/sites/fake/{item.DriveId}/{Uri.EscapeDataString(item.Name)}",
            ["size"] = item.Content?.Length ?? 0,
            ["parentReference"] = new JsonObject { ["driveId"] = item.DriveId, ["driveType"] = "documentLibrary", ["id"] = item.ParentId },
        };
        json[item.IsFolder ? "folder" : "file"] = item.IsFolder
            ? new JsonObject { ["childCount"] = 0 }
            : new JsonObject { ["mimeType"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json.ToJsonString());
        return status;
    }

    private static async Task<int> ErrorAsync(HttpContext context, int status, string code, string message)
    {
        var requestId = Guid.NewGuid().ToString();
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject { ["request-id"] = requestId, ["client-request-id"] = requestId },
            },
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["request-id"] = requestId;
        await context.Response.WriteAsync(body.ToJsonString(JsonSerializerOptions.Default));
        return status;
    }

    [GeneratedRegex("^/v1\\.0/teams/(?<team>[^/]+)/channels/(?<channel>[^/]+)/filesFolder$")]
    private static partial Regex FilesFolderPattern();

    [GeneratedRegex("^/v1\\.0/teams/(?<team>[^/]+)/channels$")]
    private static partial Regex ChannelsPattern();

    [GeneratedRegex("^\\s*membershipType\\s+eq\\s+'(?<type>[a-z]+)'\\s*$")]
    private static partial Regex MembershipFilterPattern();

    [GeneratedRegex("^/v1\\.0/drives/(?<drive>[^/]+)/items/(?<parent>[^/:]+)/children$")]
    private static partial Regex ChildrenPattern();

    [GeneratedRegex("^/v1\\.0/drives/(?<drive>[^/]+)/items/(?<parent>[^/:]+):/(?<path>.+?):/content$")]
    private static partial Regex ContentPattern();

    [GeneratedRegex("^/v1\\.0/drives/(?<drive>[^/]+)/items/(?<parent>[^/:]+):/(?<path>.+?):?$")]
    private static partial Regex ByPathPattern();
}
