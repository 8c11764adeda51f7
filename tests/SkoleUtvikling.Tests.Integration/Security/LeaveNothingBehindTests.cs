using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.Logging;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Tests.Integration.Protocol.Inbound;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Security;

/// <summary>
/// What the bot keeps and logs: a sent outbox row keeps no note text, and no log line carries a
/// person's name, a note, or text an attacker put in a token or in card data.
/// </summary>
public sealed class LeaveNothingBehindTests
{
    private const string Message = "Siris budskap: tilpasset opplæring starter med å kjenne eleven.";
    private const string Practice = "Siris praksis: samtale med hver elev om målene i begynnelsen av uka.";

    [Fact]
    public async Task A_sent_receipt_row_keeps_no_note_text()
    {
        await using var teams = await StartAsync();

        await teams.SubmitDialogAsync(Siri, (await teams.FetchDialogAsync(Siri)).DialogCard!, Answers(Message, Practice));

        await teams.WaitForAsync(_ => teams.SentTo(Siri).Any(IsReceipt), "Siri's receipt");
        Assert.Contains(Practice, Json(teams.SentTo(Siri).First(IsReceipt).Activity), StringComparison.Ordinal);
        await teams.OutboxDrainedAsync();
        await using var db = await teams.OpenAsync();
        var receipt = await db.QuerySingleAsync<(string Status, string Payload)>("SELECT status, payload FROM outbox WHERE dedupe_key LIKE 'receipt:%'");
        Assert.Equal(("sent", "{\"purged\":true}"), receipt);
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE payload LIKE '%Siris%'"));
    }

    [Fact]
    public async Task No_log_line_names_a_person_or_repeats_a_note_or_a_forged_round_id()
    {
        await using var teams = await StartAsync();
        const string Forged = "r-<script>Siri Dahl\r\nERROR admin logged in";

        await teams.SubmitDialogAsync(Siri, (await teams.FetchDialogAsync(Siri)).DialogCard!, Answers(Message, Practice));
        var refused = await teams.ExecuteAsync(Per, ActionIds.ReflectionRoundShow, new JsonObject { [ActionIds.VerbField] = ActionIds.ReflectionRoundShow, ["roundId"] = Forged }, "1588000000777");
        await teams.WaitForAsync(_ => teams.SentTo(Siri).Any(IsReceipt), "Siri's receipt");
        await teams.OutboxDrainedAsync();

        Assert.Equal(Bot.Features.Reflection.ReflectionTexts.OnlyLeadersRead, refused.ActionText);
        Assert.Contains(teams.Logs.Entries, e => e.EventId == 6005);
        Assert.All(teams.Logs.Entries, e =>
        {
            Assert.DoesNotContain("Siri", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Per Berg", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("budskap", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_refused_token_is_logged_without_the_text_its_claims_carry()
    {
        await using var bot = await RegisteredBot.StartAsync();
        const string Hostile = "https://evil.example/<script>Ola Nordmann";
        var issuer = bot.Keys.MintBotFrameworkToken(RegisteredBot.AppId, RegisteredBot.ServiceUrl, s => s with { Issuer = Hostile });
        var keyId = Testing.Auth.KeyServer.MintForged(bot.Keys.BotFrameworkSpec(RegisteredBot.AppId, RegisteredBot.ServiceUrl) with { KeyId = "Kari Nordmann\nadmin" });

        using var byIssuer = await bot.PostAsync(issuer);
        using var byKeyId = await bot.PostAsync(keyId);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (byIssuer.StatusCode, byKeyId.StatusCode));
        var refusals = bot.Logs.Entries.Where(e => e.EventId == 1000 && e.Category.StartsWith("SkoleUtvikling", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(LogLevel.Warning, r.Level));
        Assert.Equal(["issuer '…' is not trusted", "signing key '…' is not published by Bot Framework"], refusals.Select(r => r.Message[(r.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        Assert.All(bot.Logs.Entries, e =>
        {
            Assert.DoesNotContain("evil.example", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Nordmann", e.Message, StringComparison.Ordinal);
        });
    }
}
