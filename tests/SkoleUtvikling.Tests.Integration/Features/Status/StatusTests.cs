using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Status;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Cards.Status;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Status;

/// <summary>
/// <c>status</c> and «Purr» on the KULG reflection round (Ola, Per and Siri must answer; Rolf and Kari lead):
/// names only in a leader's 1:1 chat, counts only in the channel, nothing for teachers; one chase per person
/// per round per Oslo day whoever presses and whether automatic or manual; failures reported and resent.
/// </summary>
public sealed class StatusTests
{
    [Fact]
    public async Task A_leader_sees_delivered_exempt_and_missing_by_name_in_the_1to1_chat_and_counts_only_in_the_channel()
    {
        await using var teams = await StartAsync();
        await DeliverAsync(teams, Ola);
        await ExemptAsync(teams, Rolf, Siri);

        var personal = Json(await StatusCardAsync(teams, Rolf));
        Assert.Contains("1 av 2 har levert", personal, StringComparison.Ordinal);
        Assert.Contains("**Mangler:** Per Berg", personal, StringComparison.Ordinal);
        Assert.Contains("**Fritatt:** Siri Dahl (sykemeldt)", personal, StringComparison.Ordinal);
        Assert.Contains("**Levert:** Ola Hansen", personal, StringComparison.Ordinal);
        Assert.Contains("\"Chart.Donut\"", personal, StringComparison.Ordinal);
        Assert.Contains(StatusVerbs.Chase, personal, StringComparison.Ordinal);

        var before = teams.ChannelActivities().Count;
        (await teams.SayInChannelAsync(Rolf, "status")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.ChannelActivities().Skip(before).Any(IsStatusCard), "the status card in the channel");
        var channel = Json(teams.ChannelActivities().Skip(before).First(IsStatusCard).Activity);
        Assert.Contains("1 av 2 har levert", channel, StringComparison.Ordinal);
        Assert.Contains(StatusCardTexts.ChannelNote, channel, StringComparison.Ordinal);
        foreach (var name in new[] { Ola.Name, Per.Name, Siri.Name, Ola.Id, Per.Id })
        {
            Assert.DoesNotContain(name, channel, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(StatusVerbs.Chase, channel, StringComparison.Ordinal);

        // «Purr» reaches Per only: Siri is exempt, Ola has delivered.
        await StatusCardAsync(teams, Rolf);
        (await teams.PressAsync(Rolf, ChaseData(teams, null), CardIdOf(teams, Rolf))).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.SentTo(Per).Count(IsChase) == 1, "Per's chase");
        await teams.OutboxDrainedAsync();
        Assert.DoesNotContain(teams.SentTo(Siri), IsChase);
        Assert.DoesNotContain(teams.SentTo(Ola), IsChase);
        Assert.Single(await ChaseRowsAsync(teams));
    }

    [Fact]
    public async Task Fritak_names_a_round_by_its_title_and_a_reason_and_taking_it_back_removes_the_reason()
    {
        await using var teams = await StartAsync();
        string title;
        await using (var db0 = await teams.OpenAsync())
        {
            title = await db0.ExecuteScalarAsync<string>("SELECT title FROM collection_rounds") ?? "";
        }

        await ExemptAsync(teams, Rolf, Per, $"«{title}» permisjon");
        Assert.Contains("**Fritatt:** Per Berg (permisjon)", Json(await StatusCardAsync(teams, Rolf)), StringComparison.Ordinal);

        await ExemptAsync(teams, Rolf, Per, "«ingen slik runde» annet", receipt: "Fant ingen åpen runde du leder");
        await ExemptAsync(teams, Rolf, Per, $"«{title}»", receipt: $"{Per.Name} er ikke lenger fritatt");
        var card = Json(await StatusCardAsync(teams, Rolf));
        Assert.DoesNotContain("**Fritatt:**", card, StringComparison.Ordinal);
        Assert.Contains("0 av 3 har levert", card, StringComparison.Ordinal);
        await using var db = await teams.OpenAsync();
        Assert.Equal(0, await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM collection_exempt_reasons"));
    }

    [Fact]
    public async Task A_teacher_is_refused_in_the_1to1_chat_and_in_the_channel_and_sees_nobody_else()
    {
        await using var teams = await StartAsync();
        await DeliverAsync(teams, Ola);

        (await teams.SayPersonallyAsync(Per, "status")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(c => c.ActivitiesIn(Per.PersonalChat).Any(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.OnlyLeaders), "Per's refusal");
        var before = teams.ChannelActivities().Count;
        (await teams.SayInChannelAsync(Per, "status")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.ChannelActivities().Skip(before).Any(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.OnlyLeaders), "the refusal in the channel");

        Assert.DoesNotContain(teams.Connector.Activities, IsStatusCard);

        // A forged «Purr» from a teacher's chat, naming the round: refused, nobody chased.
        (await teams.PressAsync(Per, ChaseData(teams, null), "forged")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(c => c.ActivitiesIn(Per.PersonalChat).Any(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.RoundGone), "the refused click");
        Assert.Empty(await ChaseRowsAsync(teams));
    }

    [Fact]
    public async Task Purr_reaches_each_missing_person_once_a_day_whoever_presses_and_the_automatic_chase_of_that_day_adds_nothing()
    {
        await using var teams = await StartAsync();
        await DeliverAsync(teams, Ola);
        await teams.MoveClockToAsync(Deadline.AddHours(20));
        var card = await StatusCardAsync(teams, Rolf);

        (await teams.PressAsync(Rolf, ChaseData(teams, null), CardIdOf(teams, Rolf))).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.SentTo(Per).Count(IsChase) == 1 && teams.SentTo(Siri).Count(IsChase) == 1, "one chase each to Per and Siri");
        await teams.OutboxDrainedAsync();

        // Kari presses «Purr» for Per the same day, and the automatic chase of that day fires: nothing new.
        var kariCard = await StatusCardAsync(teams, Kari);
        Assert.Contains("sendt ", Json(kariCard), StringComparison.Ordinal);
        (await teams.PressAsync(Kari, ChaseData(teams, Per.Id), CardIdOf(teams, Kari))).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.UpdatesOf(CardIdOf(teams, Kari)).Any(u => Json(u.Activity).Contains("1 er allerede purret i dag", StringComparison.Ordinal)),
            "Kari's card saying Per was chased today");
        var dispatcher = teams.Host.Services.GetRequiredService<IPostDispatcher>();
        var automatic = RoundReminderKeys.For(Tenant, teams.RoundId, new ScheduledReminder(Deadline.AddHours(20), ReminderKind.Chase));
        await dispatcher.DispatchAsync(automatic, Deadline.AddHours(20), late: false, CancellationToken.None);
        await teams.OutboxDrainedAsync();

        Assert.Equal(1, teams.SentTo(Per).Count(IsChase));
        Assert.Equal(1, teams.SentTo(Siri).Count(IsChase));
        Assert.DoesNotContain(teams.SentTo(Ola), IsChase);
        Assert.Equal(2, (await ChaseRowsAsync(teams)).Count);

        // The next Oslo day the automatic chase reaches them again, once.
        await teams.MoveClockToAsync(Deadline.AddDays(1).AddHours(20));
        var nextDay = RoundReminderKeys.For(Tenant, teams.RoundId, new ScheduledReminder(Deadline.AddDays(1).AddHours(20), ReminderKind.Chase));
        await dispatcher.DispatchAsync(nextDay, Deadline.AddDays(1).AddHours(20), late: false, CancellationToken.None);
        await dispatcher.DispatchAsync(nextDay, Deadline.AddDays(1).AddHours(20), late: false, CancellationToken.None);
        await teams.WaitForAsync(_ => teams.SentTo(Per).Count(IsChase) == 2, "the next day's chase");
        await teams.OutboxDrainedAsync();
        Assert.Equal(4, (await ChaseRowsAsync(teams)).Count);
    }

    [Fact]
    public async Task The_chase_is_the_form_inline_and_answering_it_shows_as_delivered_in_the_meantime()
    {
        await using var teams = await StartAsync();
        await DeliverAsync(teams, Ola);
        await StatusCardAsync(teams, Rolf);
        (await teams.PressAsync(Rolf, ChaseData(teams, Per.Id), CardIdOf(teams, Rolf))).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.SentTo(Per).Count(IsChase) == 1, "Per's chase");
        await teams.OutboxDrainedAsync();
        var chase = teams.SentTo(Per).Single(IsChase);

        var result = await teams.ExecuteFormAsync(Per, chase.Activity["attachments"]![0]!["content"]!,
            Answers("Teksten minner meg om at trygge rammer kommer før alt annet i klasserommet.", "Jeg vil starte hver time likt, så elevene vet hva som skjer."), chase.ActivityId);
        Assert.Equal(200, result.Status);
        Assert.Single(await teams.VersionsAsync(Per));
        await teams.OutboxDrainedAsync();

        var card = Json(await StatusCardAsync(teams, Rolf));
        Assert.Contains("2 av 3 har levert", card, StringComparison.Ordinal);
        Assert.Contains($"\"title\":\"{Per.Name}\",\"value\":\"purret ", card, StringComparison.Ordinal);
        Assert.Contains("har levert i mellomtiden", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_chase_is_reported_as_no_app_and_Send_paa_nytt_queues_only_that_one_again()
    {
        await using var teams = await StartAsync();
        await DeliverAsync(teams, Ola);
        teams.Connector.Faults.Add(FakeFault.Error(403, "BotNotInConversationRoster"), times: 1,
            when: call => call.Route == "create" && call.Body?.ToJsonString().Contains(Siri.Id, StringComparison.Ordinal) == true);
        await StatusCardAsync(teams, Rolf);

        (await teams.PressAsync(Rolf, ChaseData(teams, null), CardIdOf(teams, Rolf))).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.SentTo(Per).Count(IsChase) == 1, "Per's chase");
        await teams.OutboxDrainedAsync();
        Assert.DoesNotContain(teams.SentTo(Siri), IsChase);

        var card = Json(await StatusCardAsync(teams, Rolf));
        Assert.Contains($"\"title\":\"{Siri.Name}\",\"value\":\"ikke sendt: har ikke appen\"", card, StringComparison.Ordinal);
        Assert.Contains($"\"title\":\"{Per.Name}\",\"value\":\"sendt ", card, StringComparison.Ordinal);
        Assert.Contains(StatusVerbs.Resend, card, StringComparison.Ordinal);

        var resend = new JsonObject { ["verb"] = StatusVerbs.Resend, [StatusVerbs.RoundId] = teams.RoundId };
        (await teams.PressAsync(Rolf, resend, CardIdOf(teams, Rolf))).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.UpdatesOf(CardIdOf(teams, Rolf)).Any(u => Json(u.Activity).Contains("Sender 1 purring på nytt", StringComparison.Ordinal)),
            "the card saying one chase is resent");
        await teams.OutboxDrainedAsync();

        var rows = await ChaseRowsAsync(teams);
        Assert.Equal(3, rows.Count);
        Assert.Single(rows, r => r.Contains("#retry-", StringComparison.Ordinal));
        Assert.Contains(Siri.Id + "#retry-", rows.Single(r => r.Contains("#retry-", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(1, teams.SentTo(Per).Count(IsChase));
    }

    [Fact]
    public async Task Rapport_offers_the_rounds_status_as_xlsx_through_file_consent_and_uploads_it_only_for_a_leader()
    {
        await using var teams = await StartAsync();
        await DeliverAsync(teams, Ola);
        await ExemptAsync(teams, Rolf, Siri);
        var uploads = new Uploads();
        await using var upload = await uploads.StartAsync();

        // In a channel: refused (names never go there).
        var before = teams.ChannelActivities().Count;
        (await teams.SayInChannelAsync(Rolf, "rapport")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.ChannelActivities().Skip(before).Any(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.ReportOnlyPersonal), "the refusal in the channel");

        // In Rolf's 1:1 chat: the consent card for this round.
        var mark = teams.Connector.ActivitiesIn(Rolf.PersonalChat).Count;
        (await teams.SayPersonallyAsync(Rolf, "rapport")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(c => c.ActivitiesIn(Rolf.PersonalChat).Skip(mark).Any(IsConsent), "the file consent card");
        var consent = teams.Connector.ActivitiesIn(Rolf.PersonalChat).Skip(mark).First(IsConsent).Activity["attachments"]![0]!;
        var context = consent["content"]!["acceptContext"]!.AsObject();
        Assert.Equal(teams.RoundId, context[ReportCommand.RoundField]!.GetValue<string>());
        Assert.EndsWith(".xlsx", consent["name"]!.GetValue<string>(), StringComparison.Ordinal);

        // A forged accept from Per's chat naming the round: refused, nothing uploaded.
        var forged = await teams.InvokeAsync(Accept(teams, Per, context, new Uri(upload.HttpBase, "upload/forged")));
        Assert.Equal(200, forged.Status);
        await teams.WaitForAsync(c => c.ActivitiesIn(Per.PersonalChat).Any(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.RoundGone), "Per's refusal");
        Assert.Null(uploads.Last);

        // Rolf accepts: the workbook is uploaded and shown as a file card.
        var accepted = await teams.InvokeAsync(Accept(teams, Rolf, context, new Uri(upload.HttpBase, "upload/rolf")));
        Assert.Equal(200, accepted.Status);
        await teams.WaitForAsync(c => c.ActivitiesIn(Rolf.PersonalChat).Any(a => a.Activity["attachments"]?[0]?["contentType"]?.GetValue<string>() == FileConsent.FileInfoContentType),
            "the file card");
        Assert.NotNull(uploads.Last);
        var rows = SkoleUtvikling.Tests.Unit.Features.Status.Fixtures.XlsxRows.Read(uploads.Last!);
        Assert.Equal(string.Join("|", StatusTexts.ReportHeaders), string.Join("|", rows[2]));
        var people = rows.Skip(3).ToDictionary(r => r[0]!, r => r);
        Assert.Equal(["Ola Hansen", "Per Berg", "Siri Dahl"], people.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Levert", people["Ola Hansen"][1]);
        Assert.False(string.IsNullOrEmpty(people["Ola Hansen"][2]));
        Assert.Equal("Mangler", people["Per Berg"][1]);
        Assert.Null(people["Per Berg"][2]);
        Assert.Equal("Fritatt", people["Siri Dahl"][1]);
        Assert.Equal("sykemeldt", people["Siri Dahl"][5]);
    }

    [Fact]
    public async Task The_status_cards_Rapport_button_offers_the_report_like_rapport_and_is_refused_to_a_teacher_and_in_a_channel()
    {
        await using var teams = await StartAsync();
        await DeliverAsync(teams, Ola);
        var uploads = new Uploads();
        await using var upload = await uploads.StartAsync();
        var card = Json(await StatusCardAsync(teams, Rolf));
        Assert.Contains(StatusVerbs.Report, card, StringComparison.Ordinal);
        Assert.Contains(StatusCardTexts.Report, card, StringComparison.Ordinal);
        var report = new JsonObject { ["verb"] = StatusVerbs.Report, [StatusVerbs.RoundId] = teams.RoundId };

        // A teacher's forged click naming the round: refused, no consent card anywhere.
        (await teams.PressAsync(Per, report, "forged")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(c => c.ActivitiesIn(Per.PersonalChat).Any(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.RoundGone), "Per's refusal");

        // Rolf's click in the channel (a card copied there): refused, names never go to a channel.
        var before = teams.ChannelActivities().Count;
        var inChannel = teams.InChannel(Rolf);
        inChannel.Remove("text");
        inChannel.Remove("entities");
        inChannel["value"] = report.DeepClone();
        (await teams.PostAsync(inChannel)).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.ChannelActivities().Skip(before).Any(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.ReportOnlyPersonal), "the refusal in the channel");
        Assert.DoesNotContain(teams.Connector.Activities, IsConsent);

        // Rolf's click in his 1:1 chat: the consent card for this round, and accepting it uploads the workbook.
        var mark = teams.Connector.ActivitiesIn(Rolf.PersonalChat).Count;
        (await teams.PressAsync(Rolf, report, CardIdOf(teams, Rolf))).EnsureSuccessStatusCode();
        await teams.WaitForAsync(c => c.ActivitiesIn(Rolf.PersonalChat).Skip(mark).Any(IsConsent), "the file consent card");
        var consent = teams.Connector.ActivitiesIn(Rolf.PersonalChat).Skip(mark).First(IsConsent).Activity["attachments"]![0]!;
        var context = consent["content"]!["acceptContext"]!.AsObject();
        Assert.Equal(teams.RoundId, context[ReportCommand.RoundField]!.GetValue<string>());
        Assert.EndsWith(".xlsx", consent["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(teams.Connector.Activities, IsConsent);
        Assert.Equal(200, (await teams.InvokeAsync(Accept(teams, Rolf, context, new Uri(upload.HttpBase, "upload/rolf")))).Status);
        await teams.WaitForAsync(c => c.ActivitiesIn(Rolf.PersonalChat).Any(a => a.Activity["attachments"]?[0]?["contentType"]?.GetValue<string>() == FileConsent.FileInfoContentType),
            "the file card");
        var rows = SkoleUtvikling.Tests.Unit.Features.Status.Fixtures.XlsxRows.Read(uploads.Last!);
        Assert.Equal(["Ola Hansen", "Per Berg", "Siri Dahl"], rows.Skip(3).Select(r => r[0]!).Order(StringComparer.Ordinal));
        Assert.Equal("Levert", rows.Skip(3).Single(r => r[0] == "Ola Hansen")[1]);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /// <summary>Where Teams would upload an accepted file: the last body received.</summary>
    private sealed class Uploads
    {
        public byte[]? Last { get; private set; }

        public Task<LoopbackKestrel> StartAsync() => LoopbackKestrel.StartAsync(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            Last = body.ToArray();
            context.Response.StatusCode = 201;
        });
    }

    private static bool IsConsent(FakeActivity activity) =>
        activity.Activity["attachments"]?[0]?["contentType"]?.GetValue<string>() == FileConsent.ConsentContentType;

    private static JsonObject Accept(ReflectionConversation teams, TeamsUser user, JsonObject context, Uri uploadUrl)
    {
        var invoke = teams.Personal(user);
        invoke["type"] = "invoke";
        invoke["name"] = FileConsent.InvokeName;
        invoke.Remove("text");
        invoke["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = context.DeepClone(),
            ["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso.sharepoint.com/personal/rolf/Documents/Applications/Status.xlsx",
                ["name"] = "Status.xlsx",
                ["uploadUrl"] = uploadUrl.ToString(),
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                ["fileType"] = "xlsx",
            },
        };
        return invoke;
    }

    private static async Task DeliverAsync(ReflectionConversation teams, TeamsUser user)
    {
        var (form, id) = await teams.FormInChatAsync(user);
        var result = await teams.ExecuteFormAsync(user, form, Answers("Teksten minner oss om at relasjonen til eleven er grunnmuren i klasseledelse.", "Jeg vil hilse på hver elev i døra og bruke navnet deres hver time."), id);
        Assert.Equal(200, result.Status);
        Assert.Single(await teams.VersionsAsync(user));
        await teams.OutboxDrainedAsync();
    }

    private static async Task ExemptAsync(ReflectionConversation teams, TeamsUser leader, TeamsUser person, string rest = "sykemeldt", string? receipt = null)
    {
        var before = teams.Connector.Activities.Count;
        var message = teams.InChannel(leader);
        message["text"] = $"<at>SkoleUtvikling</at> fritak <at>{person.Name}</at> {rest}";
        message["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>SkoleUtvikling</at>", ["mentioned"] = new JsonObject { ["id"] = ReflectionConversation.Bot, ["name"] = "SkoleUtvikling" } },
            new JsonObject { ["type"] = "mention", ["text"] = $"<at>{person.Name}</at>", ["mentioned"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name } });
        (await teams.PostAsync(message)).EnsureSuccessStatusCode();
        receipt ??= $"{person.Name} er fritatt";
        await teams.WaitForAsync(c => c.Activities.Skip(before).Any(a => a.Activity["text"]?.GetValue<string>()?.StartsWith(receipt, StringComparison.Ordinal) == true), "the exemption receipt");
        await teams.OutboxDrainedAsync();
    }

    private static Task<JsonNode> StatusCardAsync(ReflectionConversation teams, TeamsUser leader) => StatusCards.StatusCardAsync(teams, leader);

    private static string CardIdOf(ReflectionConversation teams, TeamsUser leader) => StatusCards.CardIdOf(teams, leader);

    private static JsonObject ChaseData(ReflectionConversation teams, string? person) => StatusCards.ChaseData(teams.RoundId, person);

    private static bool IsStatusCard(FakeActivity activity) => StatusCards.IsStatusCard(activity);

    /// <summary>A chase: the reflection form inline, with the chase's friendly line, sent to a participant.</summary>
    private static bool IsChase(FakeActivity activity) =>
        activity.Kind == "send" && activity.Activity["attachments"]?[0]?["content"] is { } card && IsForm(activity)
        && Json(card).Contains(SkoleUtvikling.Cards.Reflection.ReflectionCardTexts.ChaseIntro, StringComparison.Ordinal);

    private static async Task<List<string>> ChaseRowsAsync(ReflectionConversation teams)
    {
        await using var db = await teams.OpenAsync();
        return [.. await db.QueryAsync<string>("SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE @Prefix ORDER BY id",
            new { Prefix = RoundReminderKeys.ChasesOf(Tenant, teams.RoundId) + "%" })];
    }
}
