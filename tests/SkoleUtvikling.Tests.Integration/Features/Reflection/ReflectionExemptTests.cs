using System.Text.Json.Nodes;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>«fritak @person»: a round's leader excuses someone, who then is neither counted nor reminded.</summary>
public sealed class ReflectionExemptTests
{
    [Fact]
    public async Task A_leader_exempts_a_participant_by_mention_and_the_post_counts_one_fewer_then_takes_it_back()
    {
        await using var teams = await StartAsync();

        await teams.PostAsync(ExemptMessage(teams, Rolf, Ola));
        await teams.WaitForAsync(_ => teams.CountUpdates().Count >= 1, "the post counting one fewer");

        Assert.Contains("0 av 2 har levert", Json(teams.CountUpdates()[^1].Activity), StringComparison.Ordinal);
        await teams.WaitForAsync(c => c.Activities.Any(a => a.Text?.StartsWith("Ola Hansen er fritatt", StringComparison.Ordinal) == true), "the leader's receipt");

        await teams.PostAsync(ExemptMessage(teams, Rolf, Ola));
        await teams.WaitForAsync(_ => teams.CountUpdates().Count >= 2, "the post counting Ola again");
        Assert.Contains("0 av 3 har levert", Json(teams.CountUpdates()[^1].Activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_cannot_exempt_anyone()
    {
        await using var teams = await StartAsync();

        await teams.PostAsync(ExemptMessage(teams, Per, Ola));

        await teams.WaitForAsync(c => c.Activities.Any(a => a.Text?.StartsWith("Fant ingen åpen runde du leder", StringComparison.Ordinal) == true), "the refusal");
        Assert.Empty(teams.CountUpdates());
    }

    private static JsonObject ExemptMessage(ReflectionConversation teams, TeamsUser leader, TeamsUser person)
    {
        var message = teams.InChannel(leader);
        message["text"] = $"<at>SkoleUtvikling</at> fritak <at>{person.Name}</at>";
        message["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>SkoleUtvikling</at>", ["mentioned"] = new JsonObject { ["id"] = ReflectionConversation.Bot, ["name"] = "SkoleUtvikling" } },
            new JsonObject { ["type"] = "mention", ["text"] = $"<at>{person.Name}</at>", ["mentioned"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name } });
        return message;
    }
}
