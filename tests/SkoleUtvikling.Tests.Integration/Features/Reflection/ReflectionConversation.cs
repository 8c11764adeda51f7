using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>
/// The real bot with one open round of reflection notes, reached the way Teams reaches it: Kari (a
/// configured leader) publishes the 002 plan in her 1:1 chat and links KULG to a channel, and the fake
/// clock moves to the lesebestilling of 14 May 2020, which opens the round. The fake Connector holds the
/// team's roster: Rolf owns the team, Ola, Per and Siri are members, Nils is not in it.
/// </summary>
public sealed class ReflectionConversation : IAsyncDisposable
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string OtherTenant = "0b5e7c9d-1f2a-4b3c-8d4e-5f6a7b8c9d0e";
    public const string TeamId = "19:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d@thread.tacv2";
    public const string Channel = "19:4b1c7d0e9f2a4c3b8d6e5f1a2b3c4d5e@thread.tacv2";
    public const string Bot = "28:c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a";

    /// <summary>Monday 4 May 2020, 08.00 in Oslo: the plan is published.</summary>
    public static readonly DateTimeOffset Monday = new(2020, 5, 4, 6, 0, 0, TimeSpan.Zero);

    /// <summary>7 days before the KULG meeting of 14 May, 08.00 in Oslo: its lesebestilling is posted.</summary>
    public static readonly DateTimeOffset LesebestillingAt = new(2020, 5, 7, 6, 0, 0, TimeSpan.Zero);

    /// <summary>The meeting starts at 13.00 in Oslo: the round's deadline.</summary>
    public static readonly DateTimeOffset Deadline = new(2020, 5, 14, 11, 0, 0, TimeSpan.Zero);

    public static readonly TeamsUser Kari = new("29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw",
        "Kari Nordmann", "6b1f8e2c-4d0a-4c67-9a3e-3f0a2b1c9d11", "a:1Kf3qAlVMXfNoGp0oZ3Y5Y4W0p1c6Y8ZB9oKyq7m0T0x");
    public static readonly TeamsUser Rolf = new("29:1RolfRektorQ2xW8pLm4Zt7Kc9Vb3Nh6Jd1Fg5Sa0", "Rolf Rektor", "3c1a5e7b-2d4f-4a6b-8c0d-1e2f3a4b5c6d", "a:1RolfChatZ8qP3mV6xK1nB4");
    public static readonly TeamsUser Ola = new("29:1OlaHansenT5yU7iO9pA2sD4fG6hJ8kL0zX", "Ola Hansen", "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b", "a:1OlaChatQ9wE2rT4yU6iO8");
    public static readonly TeamsUser Per = new("29:1PerBergM3nB5vC7xZ9aS1dF3gH5jK7lQ", "Per Berg", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "a:1PerChatL2kJ4hG6fD8sA0");
    public static readonly TeamsUser Siri = new("29:1SiriDahlW4eR6tY8uI0oP2aS4dF6gH8jK", "Siri Dahl", "7f6e5d4c-3b2a-4f1e-9d8c-7b6a5f4e3d2c", "a:1SiriChatP1oI3uY5tR7eW9");
    public static readonly TeamsUser Nils = new("29:1NilsUtenforZ1xC3vB5nM7aS9dF1gH3jK", "Nils Utenfor", "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "a:1NilsChatK8jH6gF4dS2aQ0");

    private readonly Dictionary<string, byte[]> _files = [];
    private LoopbackKestrel? _fileServer;
    private int _activityNumber;

    private ReflectionConversation(FakeTimeProvider clock, FakeConnector connector, IDictionary<string, string?>? settings)
    {
        Clock = clock;
        Connector = connector;
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Leaders:AadObjectIds:0"] = Kari.Aad };
        Host = new BotHost(all, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
        });
        Http = new HttpClient { BaseAddress = Host.Start() };
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Every line the bot logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public FakeConnector Connector { get; }

    public BotHost Host { get; }

    public HttpClient Http { get; }

    public string RoundId { get; private set; } = "";

    /// <summary>The Teams id of the lesebestilling post in the channel, which carries the count.</summary>
    public string PostActivityId { get; private set; } = "";

    /// <summary>Ola, Per and Siri must answer; Rolf and Kari lead.</summary>
    public static int Expected => 3;

    /// <summary>A bot with the KULG round of 14 May open and its channel post sent.</summary>
    public static async Task<ReflectionConversation> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var connector = await FakeConnector.StartAsync();
        connector.Directory.AddTeam(TeamId, "Oppvekst Vestvågøy", "5c2f0a1e-3d4b-4e6f-8a9b-0c1d2e3f4a5b", [(Channel, "KULG")]);
        connector.Directory.AddMembers(TeamId, [
            Member(Rolf, "owner"), Member(Ola, "user"), Member(Per, "user"), Member(Siri, "user")]);
        var conversation = new ReflectionConversation(new FakeTimeProvider(Monday), connector, settings);
        conversation._fileServer = await LoopbackKestrel.StartAsync(conversation.ServeFileAsync);
        await conversation.OpenRoundAsync();
        return conversation;
    }

    /// <summary>A message typed in the person's 1:1 chat.</summary>
    public Task<HttpResponseMessage> SayPersonallyAsync(TeamsUser user, string text)
    {
        var message = Personal(user);
        message["text"] = text;
        return PostAsync(message);
    }

    /// <summary>A message in the round's channel, @mentioning the bot, as a reply in the post's thread.</summary>
    public Task<HttpResponseMessage> SayInChannelAsync(TeamsUser user, string text)
    {
        var message = InChannel(user);
        message["text"] = $"<at>SkoleUtvikling</at> {text}";
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>SkoleUtvikling</at>",
            ["mentioned"] = new JsonObject { ["id"] = Bot, ["name"] = "SkoleUtvikling" },
        });
        return PostAsync(message);
    }

    /// <summary>«Skriv refleksjonsnotat» on the channel post: Teams asks the bot for the dialog (task/fetch).</summary>
    public Task<InvokeResult> FetchDialogAsync(TeamsUser user, string? tenantId = null)
    {
        var data = new JsonObject
        {
            ["msteams"] = new JsonObject { ["type"] = "task/fetch" },
            [ActionIds.VerbField] = ActionIds.ReflectionOpen,
            ["roundId"] = RoundId,
        };
        return InvokeAsync(ChannelInvoke(user, "task/fetch", new JsonObject { ["data"] = data, ["context"] = Theme() }, tenantId));
    }

    /// <summary>«Send inn» in the dialog: Teams sends the card's submit data merged with the inputs (task/submit).</summary>
    public Task<InvokeResult> SubmitDialogAsync(TeamsUser user, JsonNode form, IReadOnlyDictionary<string, string> typed, string? activityId = null)
    {
        var data = Merge(SubmitDataOf(form), typed);
        var invoke = ChannelInvoke(user, "task/submit", new JsonObject { ["data"] = data, ["context"] = Theme() }, null);
        if (activityId is not null)
        {
            invoke["id"] = activityId;
        }

        return InvokeAsync(invoke);
    }

    /// <summary>
    /// An Action.Execute on a card in the person's 1:1 chat (<c>adaptiveCard/action</c>), with the inputs
    /// merged into its data and <c>replyToId</c> the card's message.
    /// </summary>
    public Task<InvokeResult> ExecuteAsync(TeamsUser user, string verb, JsonObject data, string replyToId,
        string trigger = "manual", string? activityId = null, string? tenantId = null)
    {
        var invoke = Invoke(user, "adaptiveCard/action", Personal(user, tenantId));
        invoke["replyToId"] = replyToId;
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "", ["verb"] = verb, ["data"] = data },
            ["trigger"] = trigger,
        };
        if (activityId is not null)
        {
            invoke["id"] = activityId;
        }

        return InvokeAsync(invoke);
    }

    /// <summary>«Send inn» on an inline form: its Action.Execute data with the typed answers.</summary>
    public Task<InvokeResult> ExecuteFormAsync(TeamsUser user, JsonNode form, IReadOnlyDictionary<string, string> typed, string replyToId, string? activityId = null)
    {
        var data = Merge(SubmitDataOf(form), typed);
        return ExecuteAsync(user, data[ActionIds.VerbField]!.GetValue<string>(), data, replyToId, activityId: activityId);
    }

    /// <summary><c>notat</c> in the person's 1:1 chat; the form the bot put there and the Teams id of that message.</summary>
    public async Task<(JsonNode Form, string ActivityId)> FormInChatAsync(TeamsUser user)
    {
        var before = Connector.ActivitiesIn(user.PersonalChat).Count;
        (await SayPersonallyAsync(user, "notat")).EnsureSuccessStatusCode();
        await WaitForAsync(c => c.ActivitiesIn(user.PersonalChat).Skip(before).Any(IsForm), $"the form in {user.Name}'s 1:1 chat");
        var sent = Connector.ActivitiesIn(user.PersonalChat).Skip(before).First(IsForm);
        return (sent.Activity["attachments"]![0]!["content"]!, sent.ActivityId);
    }

    /// <summary>Whether the activity carries the reflection form (it has the first answer's input).</summary>
    public static bool IsForm(FakeActivity activity) =>
        activity.Activity["attachments"]?[0]?["content"] is { } card && InputValueOrEmpty(card, "answer_q1") is not null;

    /// <summary>Whether the activity carries a receipt card.</summary>
    public static bool IsReceipt(FakeActivity activity) =>
        activity.Activity["attachments"]?[0]?["content"]?["body"]?[0]?["text"]?.GetValue<string>() == ReflectionCardTexts.ReceiptHeading;

    /// <summary>Posts an activity to the bot with the fake Connector as its serviceUrl.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => Http.PostActivityAsync(activity, Connector.ServiceUrl);

    public async Task<InvokeResult> InvokeAsync(JsonObject invoke)
    {
        using var response = await PostAsync(invoke);
        var text = await response.Content.ReadAsStringAsync();
        return new InvokeResult((int)response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>The answers the form's inputs send: <c>answer_q1</c>, <c>answer_q2</c> with the given texts.</summary>
    public static Dictionary<string, string> Answers(string q1, string q2) => new() { ["answer_q1"] = q1, ["answer_q2"] = q2 };

    /// <summary>The data of the card's last action (the form's «Send inn»).</summary>
    public static JsonObject SubmitDataOf(JsonNode card)
    {
        var action = card["body"]!.AsArray().Last(e => e?["type"]?.GetValue<string>() == "ActionSet")!["actions"]![0]!;
        return action["data"]!.DeepClone().AsObject();
    }

    /// <summary>The text of the card's input with this id, as the card shows it pre-filled.</summary>
    public static string? InputValueOrEmpty(JsonNode card, string inputId) =>
        card["body"]?.AsArray().FirstOrDefault(e => e?["id"]?.GetValue<string>() == inputId) is { } input ? input["value"]?.GetValue<string>() ?? "" : null;

    public static string? InputValue(JsonNode card, string inputId) =>
        card["body"]!.AsArray().FirstOrDefault(e => e?["id"]?.GetValue<string>() == inputId)?["value"]?.GetValue<string>();

    /// <summary>JSON as it went over the wire, Norwegian letters unescaped, so a search for a text finds it.</summary>
    public static string Json(JsonNode? node) => node is null ? "" : CardJson.Serialize(node);

    // ---- what happened -----------------------------------------------------------------------

    public async Task<System.Data.Common.DbConnection> OpenAsync() => await Host.Services.GetRequiredService<Database>().OpenAsync();

    /// <summary>The author's stored versions, oldest first.</summary>
    public async Task<IReadOnlyList<StoredVersion>> VersionsAsync(TeamsUser author)
    {
        await using var db = await OpenAsync();
        return [.. await db.QueryAsync<StoredVersion>(
            "SELECT number AS Number, is_late AS IsLate, answers_json AS AnswersJson FROM collection_versions WHERE round_id = @RoundId AND author_id = @Id ORDER BY number",
            new { RoundId, author.Id })];
    }

    /// <summary>Every activity the fake Connector accepted in the channel or any of its threads.</summary>
    public IReadOnlyList<FakeActivity> ChannelActivities() =>
        [.. Connector.Activities.Where(a => a.ConversationId.StartsWith(Channel, StringComparison.Ordinal))];

    /// <summary>Activities the bot sent to the person (their 1:1 chat), found by recipient.</summary>
    public IReadOnlyList<FakeActivity> SentTo(TeamsUser user) =>
        [.. Connector.Activities.Where(a => a.Activity["recipient"]?["id"]?.GetValue<string>() == user.Id && !a.ConversationId.StartsWith("19:", StringComparison.Ordinal))];

    /// <summary>PUTs of the channel post (count updates), in order.</summary>
    public IReadOnlyList<FakeActivity> CountUpdates() =>
        [.. Connector.Activities.Where(a => a.Kind == "update" && a.ConversationId == Channel && a.ActivityId == PostActivityId)];

    /// <summary>
    /// Waits until the channel post counts <paramref name="delivered"/> of <paramref name="expected"/>, then
    /// until the outbox is idle: the count is refreshed after the note's commit, not with it.
    /// </summary>
    public async Task CountReachesAsync(int delivered, int expected)
    {
        var text = $"{delivered} av {expected} har levert";
        await WaitForAsync(_ => CountUpdates().Any(u => Json(u.Activity).Contains(text, StringComparison.Ordinal)), $"the post to say «{text}»");
        await OutboxDrainedAsync();
    }

    /// <summary>PUTs of one message in the person's 1:1 chat.</summary>
    public IReadOnlyList<FakeActivity> UpdatesOf(string activityId) =>
        [.. Connector.Activities.Where(a => a.Kind == "update" && a.ActivityId == activityId)];

    public Task WaitForAsync(Func<FakeConnector, bool> condition, string what) =>
        Connector.WaitUntilAsync(condition, TimeSpan.FromSeconds(30), what);

    /// <summary>
    /// Moves the fake clock, once the outbox is idle: a send in flight while the clock jumps days would
    /// see its timeout (on the same clock) expire, and its retry would wait for a time that never comes.
    /// </summary>
    public async Task MoveClockToAsync(DateTimeOffset instant)
    {
        await OutboxDrainedAsync();
        Clock.SetUtcNow(instant);
    }

    /// <summary>
    /// One step of a wait on the outbox under the fake clock: while rows are pending and none is on its way to the
    /// Connector, the clock moves a second, since a 429 pause or a retry ends only when the clock gets there. A send
    /// in flight is never raced: a clock moved under it would time it out (same clock) and the retry would send it twice.
    /// </summary>
    /// <returns>Whether anything is still pending.</returns>
    public async Task<bool> StepClockWhileOutboxWaitsAsync(System.Data.Common.DbConnection db)
    {
        var (pending, inFlight) = await db.QuerySingleAsync<(long, long)>(
            "SELECT COUNT(*), COUNT(in_flight_since_ms) FROM outbox WHERE status = 'pending'");
        if (pending > 0 && inFlight == 0)
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        return pending > 0;
    }

    /// <summary>Waits until the outbox has sent everything queued so far (nothing pending).</summary>
    public Task OutboxDrainedAsync() =>
        Eventually(async db => await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE status = 'pending'") == 0,
            "the outbox to send everything queued");

    // ---- opening the round ---------------------------------------------------------------------

    private async Task OpenRoundAsync()
    {
        // Kari publishes the plan: the file in her 1:1 chat, then «Publiser» on the preview card.
        var preview = await SendPlanAsync(Kari);
        await PressAsync(Kari, PublishDataOf(preview ?? throw new InvalidOperationException("No preview card came back for the plan.")));

        (await SayInChannelAsync(Kari, "koble KULG")).EnsureSuccessStatusCode();
        await MoveClockToAsync(LesebestillingAt);

        await Eventually(async db => await db.ExecuteScalarAsync<string?>("SELECT round_id FROM collection_rounds") is { } id && (RoundId = id).Length > 0,
            "the lesebestilling firing to open the round");
        await Eventually(async db => await db.ExecuteScalarAsync<string?>(
                "SELECT o.result_activity_id FROM outbox o JOIN collection_rounds r ON r.post_dedupe_key = o.dedupe_key WHERE o.status = 'sent'") is { } id
                && (PostActivityId = id).Length > 0,
            "the lesebestilling post to reach the channel");
    }

    private async Task Eventually(Func<System.Data.Common.DbConnection, Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (30 * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            await using (var db = await OpenAsync())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Waited 30 s for {what}. {await DescribeAsync()}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>
    /// What a wait that timed out should say: the fake clock, the outbox rows, the last Connector calls and the
    /// last warnings, so a failure on a loaded CI machine can be read from its message alone.
    /// </summary>
    public async Task<string> DescribeAsync()
    {
        await using var db = await OpenAsync();
        var rows = await db.QueryAsync<(string, string, long?, string?, string?)>(
            "SELECT dedupe_key, status, last_status_code, last_error_code, dead_reason FROM outbox ORDER BY id");
        var calls = Connector.Calls.TakeLast(20).Select(c => $"{c.Method} {c.Route} {c.ConversationId} {c.Status}");
        var warnings = Logs.Tail(10, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
        return $"Clock: {Clock.GetUtcNow():O}. Outbox: {string.Join("; ", rows)}. Last Connector calls: {string.Join("; ", calls)}. Last warnings: {warnings}";
    }

    /// <summary>The person sends the 002 plan in their 1:1 chat; the preview card the bot answers with (null if none came).</summary>
    public async Task<JsonNode?> SendPlanAsync(TeamsUser user)
    {
        var before = Connector.ActivitiesIn(user.PersonalChat).Count;
        await SendFileAsync(Plan002Calendar.FileName, Plan002Calendar.Build(), user);
        await WaitForAsync(c => c.ActivitiesIn(user.PersonalChat).Count > before, $"an answer to {user.Name}'s plan file");
        var answer = Connector.ActivitiesIn(user.PersonalChat).Skip(before).First();
        return answer.Activity["attachments"]?[0]?["content"];
    }

    /// <summary>The data of the preview card's «Publiser».</summary>
    public static JsonNode PublishDataOf(JsonNode preview) => preview["body"]!.AsArray().Last()!["actions"]![0]!["data"]!;

    /// <summary>The person presses a card button in their 1:1 chat (Action.Submit: a message with the data as its value).</summary>
    public Task<HttpResponseMessage> PressAsync(TeamsUser user, JsonNode data, string replyToId = "preview-card")
    {
        var press = Personal(user);
        press.Remove("text");
        press["value"] = data.DeepClone();
        press["replyToId"] = replyToId;
        return PostAsync(press);
    }

    private async Task SendFileAsync(string name, byte[] content, TeamsUser user)
    {
        _files[name] = content;
        var message = Personal(user);
        message.Remove("text");
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/kari/Documents/" + Uri.EscapeDataString(name),
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = new Uri(_fileServer!.HttpBase, "files/" + Uri.EscapeDataString(name)).ToString(),
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = "docx",
            },
        });
        (await PostAsync(message)).EnsureSuccessStatusCode();
    }

    /// <summary>Where a file consent's upload goes (Teams' OneDrive upload session, faked); what arrived is in <see cref="Uploaded"/>.</summary>
    public Uri UploadUrl => new(_fileServer!.HttpBase, "upload/session-1");

    /// <summary>What the bot PUT into <see cref="UploadUrl"/>.</summary>
    public byte[]? Uploaded { get; private set; }

    private async Task ServeFileAsync(HttpContext context)
    {
        if (HttpMethods.IsPut(context.Request.Method))
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            Uploaded = body.ToArray();
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

    // ---- Teams activity shapes -----------------------------------------------------------------

    /// <summary>A message in the person's 1:1 chat (personal-message.json with their ids).</summary>
    public JsonObject Personal(TeamsUser user, string? tenantId = null)
    {
        var message = Payloads.Load("personal-message");
        message["id"] = $"1588{++_activityNumber:D9}";
        message["from"] = From(user);
        message["conversation"]!["id"] = user.PersonalChat;
        SetTenant(message, tenantId ?? Tenant);
        return message;
    }

    /// <summary>A message in the lesebestilling post's thread (channel-mention.json with the person's ids).</summary>
    public JsonObject InChannel(TeamsUser user, string? tenantId = null)
    {
        var message = Payloads.Load("channel-mention");
        message["id"] = $"1588{++_activityNumber:D9}";
        message.Remove("attachments");
        message["from"] = From(user);
        message["conversation"]!["id"] = $"{Channel};messageid={(PostActivityId.Length > 0 ? PostActivityId : message["id"]!.GetValue<string>())}";
        message["channelData"]!["channel"]!["id"] = Channel;
        message["channelData"]!["teamsChannelId"] = Channel;
        message["channelData"]!["team"]!["id"] = TeamId;
        message["channelData"]!["teamsTeamId"] = TeamId;
        SetTenant(message, tenantId ?? Tenant);
        return message;
    }

    private JsonObject ChannelInvoke(TeamsUser user, string name, JsonObject value, string? tenantId)
    {
        var invoke = Invoke(user, name, InChannel(user, tenantId));
        invoke["replyToId"] = PostActivityId;
        invoke["value"] = value;
        return invoke;
    }

    private static JsonObject Invoke(TeamsUser user, string name, JsonObject message)
    {
        message["type"] = "invoke";
        message["name"] = name;
        message.Remove("text");
        message.Remove("textFormat");
        message.Remove("entities");
        message["from"] = From(user);
        return message;
    }

    private static JsonObject From(TeamsUser user) => new() { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.Aad };

    private static JsonObject Theme() => new() { ["theme"] = "default" };

    private static JsonObject Merge(JsonObject data, IReadOnlyDictionary<string, string> typed)
    {
        foreach (var (id, text) in typed)
        {
            data[id] = text;
        }

        return data;
    }

    private static void SetTenant(JsonObject message, string tenantId)
    {
        message["conversation"]!["tenantId"] = tenantId;
        message["channelData"]!["tenant"] = new JsonObject { ["id"] = tenantId };
    }

    private static FakeMember Member(TeamsUser user, string role) =>
        new(user.Id, user.Aad, user.Name, TenantId: Tenant, UserRole: role);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        if (_fileServer is not null)
        {
            await _fileServer.DisposeAsync();
        }
    }
}
