using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Saker;
using SkoleUtvikling.Testing;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;
using static SkoleUtvikling.Tests.Integration.Features.Saker.SakerConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Saker;

/// <summary>Saker on PostgreSQL (SKOLEUTVIKLING_TEST_POSTGRES): a sak sent in, the leader's order (table saker_order) and drop.</summary>
public sealed class SakerOnPostgresTests
{
    [Fact]
    public async Task A_sak_is_saved_and_the_leader_orders_and_drops_on_PostgreSQL()
    {
        await using var saker = await SakerConversation.StartAsync(TestDatabases.Postgres());
        var first = new Sak("Budsjett for modul 2", "Fordelingen av midlene.", "Arne Kvendseth", "20");
        var second = new Sak("Ny timeplan", "Fagdagene kolliderer.", "Per Berg", "15");

        Assert.Equal("message", (await saker.SubmitDialogAsync(Ola, (await saker.FetchAsync(Ola)).DialogCard!, first)).TaskType);
        Assert.Equal("message", (await saker.SubmitDialogAsync(Per, (await saker.FetchAsync(Per)).DialogCard!, second)).TaskType);
        var up = await saker.Teams.ExecuteAsync(Kari, SakerVerbs.MoveUp,
            new JsonObject { ["verb"] = SakerVerbs.MoveUp, [SakerVerbs.RoundId] = saker.RoundId, [SakerVerbs.Item] = Per.Id }, "list");
        var dropped = await saker.Teams.ExecuteAsync(Kari, SakerVerbs.Drop,
            new JsonObject { ["verb"] = SakerVerbs.Drop, [SakerVerbs.RoundId] = saker.RoundId, [SakerVerbs.Item] = Ola.Id }, "list");

        Assert.Contains("1. " + second.Title, Json(up.ActionCard), StringComparison.Ordinal);
        Assert.Contains("2. " + first.Title, Json(up.ActionCard), StringComparison.Ordinal);
        Assert.Contains(SakerCardTexts.DroppedHeading, Json(dropped.ActionCard), StringComparison.Ordinal);
        Assert.DoesNotContain("2. " + first.Title, Json(dropped.ActionCard), StringComparison.Ordinal);
    }
}
