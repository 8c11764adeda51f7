using System.Text.Json.Nodes;
using Dapper;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Mellomarbeid;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using SkoleUtvikling.Tests.Integration.Features.Saker;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;
using static SkoleUtvikling.Tests.Integration.Security.HostileTeams;

namespace SkoleUtvikling.Tests.Integration.Features.Mellomarbeid;

/// <summary>
/// The real bot with three registered units, each in its own team: Nordby skole in the KULG channel of
/// <see cref="ReflectionConversation"/> (Siri is its rektor, Per SKUT, Ola a teacher, Rolf owns the team),
/// the veilederteam (Vera owns its team, Viggo is a member) and Sørby skole (Sara is its rektor). Nils is
/// in none. Started from <see cref="SakerConversation"/> (its helpers move the fake clock past 429 pauses),
/// so the clock stands at Wednesday 12 August 2020, 08.00 Oslo.
/// </summary>
public sealed class MellomarbeidConversation : IAsyncDisposable
{
    public const string VeilederTeam = "19:7d1e2f3a4b5c46d7e8f9a0b1c2d3e4f5@thread.tacv2";
    public const string VeilederChannel = "19:3e4f5a6b7c8d49e0f1a2b3c4d5e6f7a8@thread.tacv2";
    public const string SorbyTeam = "19:2a3b4c5d6e7f48a9b0c1d2e3f4a5b6c7@thread.tacv2";
    public const string SorbyChannel = "19:8c9d0e1f2a3b44c5d6e7f8a9b0c1d2e3@thread.tacv2";
    public const string Nordby = "skole:nordby-skole";

    public static readonly TeamsUser Vera = new("29:1VeraVeilederA2sD4fG6hJ8kL0zXc3vB5", "Vera Veileder", "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f70", "a:1VeraChatU7iO9pA2sD4f");
    public static readonly TeamsUser Viggo = new("29:1ViggoVeilederQ9wE2rT4yU6iO8pA1sD", "Viggo Veileder", "5e6f7a8b-9c0d-4e1f-9a2b-3c4d5e6f7a81", "a:1ViggoChatG6hJ8kL0zX");
    public static readonly TeamsUser Sara = new("29:1SaraSorbyM3nB5vC7xZ9aS1dF3gH5jK", "Sara Sørby", "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b92", "a:1SaraChatL2kJ4hG6fD8s");

    private MellomarbeidConversation(SakerConversation host) => Host = host;

    /// <summary>The bot with the saker round open, and its waiting helpers.</summary>
    public SakerConversation Host { get; }

    public ReflectionConversation Teams => Host.Teams;

    public string Archive => Host.Archive;

    public static Dictionary<string, string?> Roles() => new()
    {
        ["Units:Schools:0:Name"] = "Nordby skole",
        ["Units:Schools:0:Rektor:0"] = Siri.Aad,
        ["Units:Schools:0:Skut:0"] = Per.Aad,
        ["Units:Schools:1:Name"] = "Sørby skole",
        ["Units:Schools:1:Rektor:0"] = Sara.Aad,
    };

    public static async Task<MellomarbeidConversation> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = Roles();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = await SakerConversation.StartAsync(all);
        var conversation = new MellomarbeidConversation(host);
        var teams = host.Teams;
        teams.Connector.Directory.AddTeam(VeilederTeam, "Veilederteamet", "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c03", [(VeilederChannel, "Veiledere")]);
        teams.Connector.Directory.AddMembers(VeilederTeam, [Member(Vera, "owner"), Member(Viggo, "user")]);
        teams.Connector.Directory.AddTeam(SorbyTeam, "Sørby skole", "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d14", [(SorbyChannel, "SKUT")]);
        teams.Connector.Directory.AddMembers(SorbyTeam, [Member(Sara, "owner")]);

        Assert.Contains("registrert", (await conversation.SayAsync(Rolf, TeamId, Channel, "enhet skole Nordby skole")).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("registrert", (await conversation.SayAsync(Vera, VeilederTeam, VeilederChannel, "enhet veilederteam")).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("registrert", (await conversation.SayAsync(Sara, SorbyTeam, SorbyChannel, "enhet skole Sørby skole")).ToLowerInvariant(), StringComparison.Ordinal);
        return conversation;
    }

    /// <summary>The person @mentions the bot in a team's channel; the bot's text answer there.</summary>
    public async Task<string> SayAsync(TeamsUser user, string teamId, string channelId, string text)
    {
        var answer = await AnswerInAsync(InTeamChannel(Teams, user, teamId, channelId, text), channelId);
        return answer.Activity["text"]?.GetValue<string>() ?? "";
    }

    /// <summary>The person writes in their 1:1 chat; the first card the bot puts there afterwards, or its text.</summary>
    public async Task<(JsonNode? Card, string Text, string ActivityId)> AskPersonallyAsync(TeamsUser user, string text)
    {
        var message = Teams.Personal(user);
        message["text"] = text;
        var answer = await AnswerInAsync(message, user.PersonalChat);
        return (answer.Activity["attachments"]?[0]?["content"], answer.Activity["text"]?.GetValue<string>() ?? "", answer.ActivityId);
    }

    /// <summary>
    /// Posts the activity and returns the bot's first answer in the conversation (a channel or a 1:1 chat),
    /// moving the fake clock past any 429 pause while waiting (see <see cref="SakerConversation.UntilAsync"/>).
    /// </summary>
    public async Task<FakeActivity> AnswerInAsync(JsonObject activity, string conversationPrefix)
    {
        List<FakeActivity> Answers() => [.. Teams.Connector.Activities.Where(a => a.ConversationId.StartsWith(conversationPrefix, StringComparison.Ordinal) && a.Kind != "update")];
        var before = Answers().Count;
        (await Teams.PostAsync(activity)).EnsureSuccessStatusCode();
        await Host.UntilAsync(() => Answers().Count > before, $"an answer in {conversationPrefix}");
        return Answers()[before];
    }

    /// <summary><c>mellomarbeid</c> in the veilederteam's channel: the form in the writer's 1:1 chat.</summary>
    public async Task<(JsonNode Form, string ActivityId)> AgreementFormAsync(TeamsUser user)
    {
        var before = Teams.SentTo(user).Count;
        Assert.Equal(Bot.Features.Mellomarbeid.MellomarbeidTexts.SentPrivately, await SayAsync(user, VeilederTeam, VeilederChannel, "mellomarbeid"));
        return await Host.NewCardInChatAsync(user, before, MellomarbeidCardTexts.SendAgreement);
    }

    /// <summary>What a veilederteam member types into the agreement form (dates yyyy-MM-dd, time HH:mm, one input per point).</summary>
    public static Dictionary<string, string> Agreement(string deadline, params string[] points)
    {
        var typed = new Dictionary<string, string>
        {
            ["answer_" + MellomarbeidCards.School] = Nordby,
            ["answer_" + MellomarbeidCards.Deadline] = deadline,
            ["answer_" + MellomarbeidCards.NextDate] = "2020-09-10",
            ["answer_" + MellomarbeidCards.NextTime] = "12:30",
            ["answer_" + MellomarbeidCards.Reading] = "Kapittel 3 i «Lærende nettverk».",
            ["answer_" + MellomarbeidCards.Theme] = "Vurdering for læring",
        };
        for (var i = 0; i < points.Length; i++)
        {
            typed[$"answer_{MellomarbeidCards.Points}_{i + 1}"] = points[i];
        }

        return typed;
    }

    /// <summary>Writes and sends an agreement for Nordby; the round's id.</summary>
    public async Task<string> WriteAgreementAsync(TeamsUser user, string deadline, params string[] points)
    {
        var (form, id) = await AgreementFormAsync(user);
        var sent = await Teams.ExecuteFormAsync(user, form, Agreement(deadline, points), id);
        Assert.True(sent.ActionText?.StartsWith("Avtalen om mellomarbeid for Nordby skole", StringComparison.Ordinal), sent.Json);
        await using var db = await Teams.OpenAsync();
        return await db.ExecuteScalarAsync<string?>("SELECT round_id FROM mellomarbeid_agreements ORDER BY round_number DESC LIMIT 1") ?? throw new InvalidOperationException("No agreement was stored.");
    }

    /// <summary>«Gi tilbakemelding» in the person's 1:1 chat.</summary>
    public Task<InvokeResult> OpenFeedbackAsync(TeamsUser user, string roundId) =>
        Teams.ExecuteAsync(user, MellomarbeidVerbs.OpenFeedback, new JsonObject { ["verb"] = MellomarbeidVerbs.OpenFeedback, [MellomarbeidVerbs.RoundId] = roundId }, "agreement-card");

    /// <summary>«Lagre utkast» (draft) or «Send tilbakemeldingen» on a feedback form with what was typed.</summary>
    public Task<InvokeResult> SaveFeedbackAsync(TeamsUser user, JsonNode form, IReadOnlyDictionary<string, string> typed, bool draft)
    {
        var data = ReflectionConversation.SubmitDataOf(form);
        foreach (var (id, text) in typed)
        {
            data[id] = text;
        }

        var verb = MellomarbeidVerbs.FeedbackPrefix + (draft ? ".draft" : ".submit");
        data[ActionIds.VerbField] = verb;
        return Teams.ExecuteAsync(user, verb, data, "feedback-card");
    }

    public static Dictionary<string, string> Feedback(string first, string second, string focus) => new()
    {
        ["answer_" + MellomarbeidCards.WorkedField(1)] = first,
        ["answer_" + MellomarbeidCards.ParticipantsField(1)] = "SKUT og trinn 5",
        ["answer_" + MellomarbeidCards.WorkedField(2)] = second,
        ["answer_" + MellomarbeidCards.Focus] = focus,
    };

    /// <summary>Cards the bot sent the person (their 1:1 chat) containing <paramref name="text"/>.</summary>
    public IReadOnlyList<FakeActivity> CardsTo(TeamsUser user, string text) =>
        [.. Teams.SentTo(user).Where(a => Json(a.Activity).Contains(text, StringComparison.Ordinal))];

    public IReadOnlyList<FakeActivity> InChannel(string channelId, string text) =>
        [.. Teams.Connector.Activities.Where(a => a.ConversationId.StartsWith(channelId, StringComparison.Ordinal) && a.Kind != "update" && Json(a.Activity).Contains(text, StringComparison.Ordinal))];

    public async Task<long> CountAsync(string sql, object? args = null)
    {
        await using var db = await Teams.OpenAsync();
        return await db.ExecuteScalarAsync<long>(sql, args);
    }

    private static FakeMember Member(TeamsUser user, string role) => new(user.Id, user.Aad, user.Name, TenantId: Tenant, UserRole: role);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
