using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Auth;

namespace SkoleUtvikling.Tests.Integration.Features.Plan;

/// <summary>
/// A coordinator (Kari, a configured leader) talking to the real bot about the plan, on a fake clock, with
/// the files she sends served from loopback as Teams would serve them.
/// </summary>
public sealed class PlanConversation : IAsyncDisposable
{
    public const string KariAad = "6b1f8e2c-4d0a-4c67-9a3e-3f0a2b1c9d11";
    public const string KulgChannel = "19:4b1c7d0e9f2a4c3b8d6e5f1a2b3c4d5e@thread.tacv2";
    private readonly Dictionary<string, byte[]> _files = [];
    private LoopbackKestrel? _fileServer;
    private int _messageId;

    private PlanConversation(FakeTimeProvider clock, Dictionary<string, string?>? storage)
    {
        Clock = clock;
        var settings = storage ?? [];
        settings["Leaders:AadObjectIds:0"] = KariAad;
        Host = new BotHost(settings, services => services.AddSingleton<TimeProvider>(clock));
        Http = new HttpClient { BaseAddress = Host.Start() };
    }

    public FakeTimeProvider Clock { get; }

    public BotHost Host { get; }

    public HttpClient Http { get; }

    public static async Task<PlanConversation> StartAsync(DateTimeOffset now, Dictionary<string, string?>? storage = null)
    {
        var conversation = new PlanConversation(new FakeTimeProvider(now), storage);
        conversation._fileServer = await LoopbackKestrel.StartAsync(conversation.ServeFileAsync);
        return conversation;
    }

    /// <summary>Kari sends a file in her 1:1 chat with the bot, as a Teams file attachment.</summary>
    public Task SendFileAsync(string name, byte[] content, string? aad = null) => SendFilesAsync([(name, content)], aad);

    /// <summary>Kari sends several files in one message.</summary>
    public async Task SendFilesAsync(IReadOnlyList<(string Name, byte[] Content)> files, string? aad = null)
    {
        var message = Personal(aad);
        message.Remove("text");
        var attachments = new JsonArray();
        foreach (var (name, content) in files)
        {
            _files[name] = content;
            attachments.Add(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["contentUrl"] = "https://contoso.sharepoint.com/personal/kari/Documents/" + Uri.EscapeDataString(name),
                ["name"] = name,
                ["content"] = new JsonObject
                {
                    ["downloadUrl"] = new Uri(_fileServer!.HttpBase, "files/" + Uri.EscapeDataString(name)).ToString(),
                    ["uniqueId"] = Guid.NewGuid().ToString(),
                    ["fileType"] = Path.GetExtension(name).TrimStart('.'),
                },
            });
        }

        message["attachments"] = attachments;
        await Http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);
    }

    /// <summary>Kari presses a button on a card: Action.Submit sends its data as the message value.</summary>
    public async Task PressAsync(JsonNode data, string? aad = null)
    {
        var message = Personal(aad);
        message.Remove("text");
        message["value"] = data.DeepClone();
        message["replyToId"] = "card-1";
        await Http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);
    }

    public async Task SayInKulgChannelAsync(string text)
    {
        var message = Payloads.Load("channel-mention");
        message["id"] = $"c{++_messageId}";
        message["text"] = $"<at>SkoleUtvikling</at> {text}";
        message["from"]!["aadObjectId"] = KariAad;
        message["conversation"]!["id"] = $"{KulgChannel};messageid={_messageId}";
        message["channelData"]!["channel"]!["id"] = KulgChannel;
        await Http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);
    }

    public async Task SayAsync(string text)
    {
        var message = Personal(null);
        message["text"] = text;
        await Http.PostActivityAsync(message, ActivityPosting.DeadServiceUrl);
    }

    /// <summary>The newest outbox row's activity.</summary>
    public async Task<JsonNode> LastReplyAsync()
    {
        await using var db = await OpenAsync();
        return JsonNode.Parse(await db.ExecuteScalarAsync<string>("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1") ?? "{}")!;
    }

    public async Task<string> LastReplyTextAsync() => (await LastReplyAsync())["text"]?.GetValue<string>() ?? "";

    public async Task<JsonNode> LastCardAsync() => (await LastReplyAsync())["attachments"]![0]!["content"]!;

    public async Task<System.Data.Common.DbConnection> OpenAsync() => await Host.Services.GetRequiredService<Database>().OpenAsync();

    private JsonObject Personal(string? aad)
    {
        var message = Payloads.Load("personal-message");
        message["id"] = $"p{++_messageId}";
        message["from"]!["aadObjectId"] = aad ?? KariAad;
        return message;
    }

    /// <summary>What the bot PUT into <see cref="UploadUrl"/>, with its Content-Range header.</summary>
    public (byte[] Content, string? Range)? Uploaded { get; private set; }

    public Uri UploadUrl => new(_fileServer!.HttpBase, "upload/session-1");

    /// <summary>Teams' invoke for a card action such as fileConsent/invoke; returns the HTTP status.</summary>
    public async Task<int> InvokeAsync(string name, JsonNode value)
    {
        var invoke = Payloads.Load("card-action-invoke");
        invoke["id"] = $"i{++_messageId}";
        invoke["name"] = name;
        invoke["value"] = value.DeepClone();
        invoke["from"]!["aadObjectId"] = KariAad;
        var response = await Http.PostActivityAsync(invoke, ActivityPosting.DeadServiceUrl);
        return (int)response.StatusCode;
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        if (HttpMethods.IsPut(context.Request.Method))
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            Uploaded = (body.ToArray(), context.Request.Headers.ContentRange.ToString());
            context.Response.StatusCode = 201;
            return;
        }

        var name = Uri.UnescapeDataString(context.Request.Path.Value!.Replace("/files/", "", StringComparison.Ordinal));
        if (!_files.TryGetValue(name, out var content))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(content);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Host.Dispose();
        if (_fileServer is not null)
        {
            await _fileServer.DisposeAsync();
        }
    }
}
