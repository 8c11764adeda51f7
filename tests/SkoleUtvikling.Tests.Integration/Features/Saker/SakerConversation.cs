using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.Logging;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Saker;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Saker;

/// <summary>
/// The real bot on the 002 plan (published by Kari, as in <see cref="ReflectionConversation"/>), with the project
/// meetings (programme Prosjektmøte) linked to the same channel and the fake clock at the call for saker of the LP project meeting of
/// Wednesday 9 September 2020: saker due by the end of Wednesday 19 August, the call a week before
/// (12 August 08.00), the saksliste a week before the meeting (2 September 08.00).
/// </summary>
public sealed class SakerConversation : IAsyncDisposable
{
    public static readonly DateTimeOffset CallAt = new(2020, 8, 12, 6, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DeadlineEnds = new(2020, 8, 19, 22, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SakslisteAt = new(2020, 9, 2, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Late saker are accepted until the saksliste's day begins (Wednesday 2 September, 00.00 Oslo).</summary>
    public static readonly DateTimeOffset LateEnds = new(2020, 9, 1, 22, 0, 0, TimeSpan.Zero);
    public const string SakslisteTitle = "Saksliste – Prosjektmøte";

    private SakerConversation(ReflectionConversation teams, string archive)
    {
        Teams = teams;
        Archive = archive;
    }

    public ReflectionConversation Teams { get; }

    /// <summary>The local archive folder (no Graph): <c>{Archive}/{tenant}/{team group}/Saker/…</c>.</summary>
    public string Archive { get; }

    public string RoundId { get; private set; } = "";

    public string CallPostId { get; private set; } = "";

    public static async Task<SakerConversation> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var archive = Path.Combine(Path.GetTempPath(), "saker-archive-" + Guid.NewGuid().ToString("N"));
        var teams = await ReflectionConversation.StartAsync(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Filing:ArchiveFolder"] = archive });
        var saker = new SakerConversation(teams, archive);
        (await teams.SayInChannelAsync(Kari, "koble Prosjektmøte")).EnsureSuccessStatusCode();
        await teams.MoveClockToAsync(CallAt);
        await saker.EventuallyAsync(async db => await db.ExecuteScalarAsync<string?>("SELECT round_id FROM collection_rounds WHERE form_id = 'sak'") is { } id
            && (saker.RoundId = id).Length > 0, "the call for saker to open its round");
        await saker.EventuallyAsync(async db => await db.ExecuteScalarAsync<string?>(
                "SELECT o.result_activity_id FROM outbox o JOIN collection_rounds r ON r.post_dedupe_key = o.dedupe_key WHERE o.status = 'sent' AND r.form_id = 'sak'") is { } id
                && (saker.CallPostId = id).Length > 0, "the call-for-saker post to reach the channel");
        return saker;
    }

    /// <summary>«Meld inn sak» on the call post in Teams: the dialog (task/fetch).</summary>
    public Task<InvokeResult> FetchAsync(TeamsUser user) =>
        Teams.InvokeAsync(ChannelInvoke(user, "task/fetch", new JsonObject
        {
            ["msteams"] = new JsonObject { ["type"] = "task/fetch" },
            [ActionIds.VerbField] = SakerVerbs.Open,
            [SakerVerbs.RoundId] = RoundId,
        }));

    /// <summary>«Meld inn sak» in the dialog (task/submit) with what was typed.</summary>
    public Task<InvokeResult> SubmitDialogAsync(TeamsUser user, JsonNode form, Sak typed) =>
        Teams.InvokeAsync(ChannelInvoke(user, "task/submit", Merge(SubmitDataOf(form), typed)));

    /// <summary>«Meld inn sak» on the post from a client without dialogs: a plain submit; the form goes to the 1:1 chat.</summary>
    public async Task<(JsonNode Form, string ActivityId)> OpenInChatAsync(TeamsUser user)
    {
        var before = Teams.SentTo(user).Count;
        var press = Teams.InChannel(user);
        press.Remove("text");
        press.Remove("entities");
        press["value"] = new JsonObject { [ActionIds.VerbField] = SakerVerbs.Open, [SakerVerbs.RoundId] = RoundId };
        press["replyToId"] = CallPostId;
        (await Teams.PostAsync(press)).EnsureSuccessStatusCode();
        return await NewCardInChatAsync(user, before, "answer_tittel");
    }

    /// <summary>The next card the bot sends the person (their 1:1 chat, found by recipient) that contains <paramref name="contains"/>.</summary>
    public async Task<(JsonNode Card, string ActivityId)> NewCardInChatAsync(TeamsUser user, int before, string contains)
    {
        bool Match(FakeActivity a) => a.Activity["attachments"]?[0]?["content"] is { } card && Json(card).Contains(contains, StringComparison.Ordinal);
        await UntilAsync(() => Teams.SentTo(user).Skip(before).Any(Match), $"a card with «{contains}» in {user.Name}'s 1:1 chat");
        var sent = Teams.SentTo(user).Skip(before).First(Match);
        return (sent.Activity["attachments"]![0]!["content"]!, sent.ActivityId);
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, moving the fake clock a second at a time while the
    /// outbox has rows waiting: the misfire reports of the months the clock jumped make the fake Connector
    /// answer 429, and the tenant's sends pause until a Retry-After that only the clock can bring.
    /// </summary>
    public async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (30 * TimeProvider.System.TimestampFrequency);
        while (!condition())
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Waited 30 s for {what}. {await Teams.DescribeAsync()}");
            }

            await using (var db = await Teams.OpenAsync())
            {
                await Teams.StepClockWhileOutboxWaitsAsync(db);
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Until everything queued so far is sent, moving the clock past any 429 pause (see <see cref="UntilAsync"/>).</summary>
    public async Task DrainAsync()
    {
        var deadline = TimeProvider.System.GetTimestamp() + (30 * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            await using (var db = await Teams.OpenAsync())
            {
                if (!await Teams.StepClockWhileOutboxWaitsAsync(db))
                {
                    return;
                }
            }

            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Waited 30 s for the outbox to send everything queued. {await Teams.DescribeAsync()}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The person's stored versions of their sak, oldest first.</summary>
    public async Task<IReadOnlyList<StoredVersion>> VersionsAsync(TeamsUser author)
    {
        await using var db = await Teams.OpenAsync();
        return [.. await db.QueryAsync<StoredVersion>(
            "SELECT number AS Number, is_late AS IsLate, answers_json AS AnswersJson FROM collection_versions WHERE round_id = @RoundId AND author_id = @Id ORDER BY number",
            new { RoundId, author.Id })];
    }

    /// <summary>The count updates (PUTs) of the call post, in order.</summary>
    public IReadOnlyList<FakeActivity> CountUpdates() =>
        [.. Teams.Connector.Activities.Where(a => a.Kind == "update" && a.ConversationId == Channel && a.ActivityId == CallPostId)];

    public async Task EventuallyAsync(Func<System.Data.Common.DbConnection, Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (30 * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            await using (var db = await Teams.OpenAsync())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                await using var db = await Teams.OpenAsync();
                var posts = await db.QueryAsync<string>("SELECT dedupe_key || ' ' || status FROM outbox WHERE dedupe_key LIKE 'post:%' OR dedupe_key LIKE 'reply:%' ORDER BY id");
                var logs = Teams.Logs.Tail(15, e => e.Category.Contains("Plan", StringComparison.Ordinal) || e.Category.Contains("Saker", StringComparison.Ordinal) || e.Level >= LogLevel.Warning);
                throw new TimeoutException($"Waited 30 s for {what}. Posts: {string.Join("; ", posts)}. Logs: {logs}");
            }

            await Task.Delay(20);
        }
    }

    public static Dictionary<string, string> Inputs(Sak sak) => new()
    {
        ["answer_tittel"] = sak.Title,
        ["answer_beskrivelse"] = sak.Description,
        ["answer_presenterer"] = sak.Presenter,
        ["answer_minutter"] = sak.Minutes,
    };

    public static JsonObject Merge(JsonObject data, Sak typed)
    {
        foreach (var (id, text) in Inputs(typed))
        {
            data[id] = text;
        }

        return data;
    }

    private JsonObject ChannelInvoke(TeamsUser user, string name, JsonObject data)
    {
        var invoke = Teams.InChannel(user);
        invoke["type"] = "invoke";
        invoke["name"] = name;
        invoke.Remove("text");
        invoke.Remove("textFormat");
        invoke.Remove("entities");
        invoke["replyToId"] = CallPostId;
        invoke["value"] = new JsonObject { ["data"] = data, ["context"] = new JsonObject { ["theme"] = "default" } };
        return invoke;
    }

    public async ValueTask DisposeAsync()
    {
        await Teams.DisposeAsync();
        if (Directory.Exists(Archive))
        {
            Directory.Delete(Archive, recursive: true);
        }
    }

    /// <summary>A sak as typed into the form (minutes as text, as the input sends it).</summary>
    public sealed record Sak(string Title, string Description, string Presenter, string Minutes);
}
