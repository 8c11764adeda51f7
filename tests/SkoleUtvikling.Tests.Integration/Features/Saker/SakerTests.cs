using System.Text.Json.Nodes;
using Dapper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkoleUtvikling.Cards.Saker;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;
using static SkoleUtvikling.Tests.Integration.Features.Saker.SakerConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Saker;

/// <summary>
/// Saker and saksliste on the real bot: the call for saker opens a round; Ola sends his sak in the
/// dialog and changes it, Per through his 1:1 chat; Kari (the coordinator) orders them and drops
/// Siri's; once the saksliste's day begins nothing changes; at the saksliste time the post carries the saksliste and
/// the Word file is in the archive.
/// </summary>
public sealed class SakerTests
{
    private static readonly Sak OlaSak = new("Budsjett for modul 2", "Vi må fordele midlene til nettverksgruppene.", "Arne Kvendseth", "20");
    private static readonly Sak OlaEdited = OlaSak with { Title = "Budsjett og fordeling for modul 2", Minutes = "25" };
    private static readonly Sak PerSak = new("Ny timeplan for fagdagene", "Fagdagene kolliderer med nasjonale prøver.", "Per Berg", "15");
    private static readonly Sak SiriSak = new("Evaluering av høsten", "Kort runde om hva som virket.", "Siri Dahl", "10");

    [Fact]
    public async Task Call_two_submit_one_edits_the_leader_orders_and_drops_and_the_saksliste_is_posted_and_filed()
    {
        await using var saker = await SakerConversation.StartAsync();
        var teams = saker.Teams;

        // Ola: the dialog from the call post; the sak is committed before the dialog closes.
        var form = (await saker.FetchAsync(Ola)).DialogCard!;
        var sent = await saker.SubmitDialogAsync(Ola, form, OlaSak);
        Assert.Equal("message", sent.TaskType);
        Assert.StartsWith("Saken er mottatt onsdag 12.08.2020 kl. 08.0", sent.DialogText, StringComparison.Ordinal);
        Assert.Single(await saker.VersionsAsync(Ola));
        var (_, receiptId) = await saker.NewCardInChatAsync(Ola, 0, SakerCardTexts.ReceiptHeading);

        // Per: a client without dialogs gets the form in his 1:1 chat and sends it with a Universal Action.
        var (perForm, perFormId) = await saker.OpenInChatAsync(Per);
        Assert.Contains(OlaSak.Title, Json(perForm), StringComparison.Ordinal);
        Assert.DoesNotContain(Ola.Name, Json(perForm), StringComparison.Ordinal);
        var perSent = await teams.ExecuteFormAsync(Per, perForm, Inputs(PerSak), perFormId);
        Assert.Contains(SakerCardTexts.ReceiptHeading, Json(perSent.ActionCard), StringComparison.Ordinal);
        Assert.Contains(OlaSak.Title, Json(perSent.ActionCard), StringComparison.Ordinal);

        // Siri too, so the leader has something to drop.
        Assert.Equal("message", (await saker.SubmitDialogAsync(Siri, (await saker.FetchAsync(Siri)).DialogCard!, SiriSak)).TaskType);

        // The call post counts, never names.
        await saker.UntilAsync(() => saker.CountUpdates().Any(u => Json(u.Activity).Contains("3 saker er meldt inn.", StringComparison.Ordinal)), "the count 3 on the call post");
        Assert.All(saker.CountUpdates(), u => Assert.DoesNotContain(OlaSak.Description, Json(u.Activity), StringComparison.Ordinal));

        // Ola changes his sak through «Endre saken» in his 1:1 chat: a second version, the count stays.
        var edit = await teams.ExecuteAsync(Ola, SakerVerbs.Edit, new JsonObject { ["verb"] = SakerVerbs.Edit, [SakerVerbs.RoundId] = saker.RoundId }, receiptId);
        Assert.True(edit.ActionCard is not null, edit.Json);
        Assert.Equal(OlaSak.Title, InputValue(edit.ActionCard!, "answer_tittel"));
        var edited = await teams.ExecuteFormAsync(Ola, edit.ActionCard!, Inputs(OlaEdited), receiptId);
        Assert.Contains(OlaEdited.Title, Json(edited.ActionCard), StringComparison.Ordinal);
        Assert.Equal([1, 2], (await saker.VersionsAsync(Ola)).Select(v => v.Number));
        await saker.DrainAsync();
        Assert.DoesNotContain(saker.CountUpdates(), u => Json(u.Activity).Contains("4 saker", StringComparison.Ordinal));

        // Per is not a leader: «saker» gives him the titles only.
        var perBefore = teams.Connector.ActivitiesIn(Per.PersonalChat).Count;
        (await teams.SayPersonallyAsync(Per, "saker")).EnsureSuccessStatusCode();
        await saker.UntilAsync(() => teams.Connector.ActivitiesIn(Per.PersonalChat).Skip(perBefore).Any(a => Json(a.Activity).Contains(PerSak.Title, StringComparison.Ordinal)), "the titles for Per");
        var perList = Json(teams.Connector.ActivitiesIn(Per.PersonalChat).Skip(perBefore).Last().Activity);
        Assert.DoesNotContain(OlaSak.Description, perList, StringComparison.Ordinal);
        Assert.DoesNotContain(Ola.Name, perList, StringComparison.Ordinal);

        // Kari leads: she sees everything, moves Per's sak up and drops Siri's.
        var kariBefore = teams.SentTo(Kari).Count;
        (await teams.SayPersonallyAsync(Kari, "saker")).EnsureSuccessStatusCode();
        var (list, listId) = await saker.NewCardInChatAsync(Kari, kariBefore, SakerCardTexts.LeaderHeading);
        Assert.Contains(OlaEdited.Description, Json(list), StringComparison.Ordinal);
        Assert.Contains("Meldt inn av Ola Hansen", Json(list), StringComparison.Ordinal);
        var up = await teams.ExecuteAsync(Kari, SakerVerbs.MoveUp, Item(saker, Per, SakerVerbs.MoveUp), listId);
        Assert.Contains("1. " + PerSak.Title, Json(up.ActionCard), StringComparison.Ordinal);
        var drop = await teams.ExecuteAsync(Kari, SakerVerbs.Drop, Item(saker, Siri, SakerVerbs.Drop), listId);
        Assert.Contains(SakerCardTexts.DroppedHeading, Json(drop.ActionCard), StringComparison.Ordinal);

        // Per may not order.
        var refused = await teams.ExecuteAsync(Per, SakerVerbs.Drop, Item(saker, Ola, SakerVerbs.Drop), perFormId);
        Assert.Equal(Bot.Features.Saker.SakerTexts.OnlyLeaders, refused.ActionText);

        // Late saker are taken until the saksliste's day begins; after that nothing changes.
        await saker.DrainAsync();
        await teams.MoveClockToAsync(LateEnds.AddMinutes(1));
        var late = await teams.ExecuteFormAsync(Ola, edit.ActionCard!, Inputs(OlaSak), receiptId);
        Assert.StartsWith("Fristen for å melde inn saker gikk ut onsdag 19.08.2020 kl. 23.59", late.ActionText, StringComparison.Ordinal);
        Assert.Equal(2, (await saker.VersionsAsync(Ola)).Count);

        // The saksliste, on time: Per, then Ola; Siri's dropped; then filed as Word.
        await saker.DrainAsync();
        await teams.MoveClockToAsync(SakslisteAt);
        await saker.UntilAsync(() => teams.ChannelActivities().Any(a => a.Kind != "update" && Json(a.Activity).Contains(SakslisteTitle, StringComparison.Ordinal)), "the saksliste post");
        var saksliste = Json(teams.ChannelActivities().First(a => a.Kind != "update" && Json(a.Activity).Contains(SakslisteTitle, StringComparison.Ordinal)).Activity);
        Assert.Contains("1. " + PerSak.Title, saksliste, StringComparison.Ordinal);
        Assert.Contains("2. " + OlaEdited.Title, saksliste, StringComparison.Ordinal);
        Assert.Contains("Arne Kvendseth · 25 min", saksliste, StringComparison.Ordinal);
        Assert.DoesNotContain(SiriSak.Title, saksliste, StringComparison.Ordinal);

        string? location = null;
        await saker.EventuallyAsync(async db => (location = await db.ExecuteScalarAsync<string?>(
            "SELECT location FROM filing_jobs WHERE document_kind = 'saker-saksliste' AND status = 'filed'")) is not null, "the saksliste to be filed");
        Assert.EndsWith(Path.Combine("Saker", "2020-09-09 Møte i regional prosjektgruppe LP", "Saksliste.docx"), location, StringComparison.Ordinal);
        var paragraphs = Paragraphs(await File.ReadAllBytesAsync(location!));
        Assert.Equal(["1. " + PerSak.Title, "2. " + OlaEdited.Title], paragraphs.Where(p => p.StartsWith("1. ", StringComparison.Ordinal) || p.StartsWith("2. ", StringComparison.Ordinal)));
        Assert.DoesNotContain(SiriSak.Title, string.Join("\n", paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_field_comes_back_in_the_dialog_with_the_error_under_it_and_nothing_typed_lost_and_an_outsider_is_refused()
    {
        await using var saker = await SakerConversation.StartAsync();
        var form = (await saker.FetchAsync(Ola)).DialogCard!;

        var again = await saker.SubmitDialogAsync(Ola, form, OlaSak with { Presenter = "", Minutes = "mange" });

        Assert.Equal("continue", again.TaskType);
        var card = again.DialogCard!;
        Assert.Equal(OlaSak.Title, InputValue(card, "answer_tittel"));
        Assert.Equal(OlaSak.Description, InputValue(card, "answer_beskrivelse"));
        Assert.Contains("Dette feltet må fylles ut.", Json(card), StringComparison.Ordinal);
        Assert.Empty(await saker.VersionsAsync(Ola));

        var outsider = await saker.FetchAsync(Nils);
        Assert.Equal("message", outsider.TaskType);
        Assert.Equal(Bot.Features.Saker.SakerTexts.NotInRound, outsider.DialogText);

    }

    private static JsonObject Item(SakerConversation saker, Reflection.TeamsUser author, string verb) =>
        new() { ["verb"] = verb, [SakerVerbs.RoundId] = saker.RoundId, [SakerVerbs.Item] = author.Id };

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))];
    }
}
