using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Status;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Integration.Features.Reflection;

namespace SkoleUtvikling.Tests.Integration.Features.Status;

/// <summary>The status card as a leader gets it in their 1:1 chat, and the data its buttons send.</summary>
internal static class StatusCards
{
    /// <summary>
    /// <c>status</c> in the leader's 1:1 chat; the card that came back. <paramref name="until"/> waits (e.g. a
    /// conversation's helper that moves the clock past 429 pauses); the Connector's own wait by default.
    /// </summary>
    public static async Task<JsonNode> StatusCardAsync(ReflectionConversation teams, TeamsUser leader, Func<Func<bool>, string, Task>? until = null)
    {
        until ??= (condition, what) => teams.WaitForAsync(_ => condition(), what);
        var before = teams.Connector.ActivitiesIn(leader.PersonalChat).Count;
        (await teams.SayPersonallyAsync(leader, "status")).EnsureSuccessStatusCode();
        await until(() => teams.Connector.ActivitiesIn(leader.PersonalChat).Skip(before).Any(IsStatusCard), $"the status card in {leader.Name}'s chat");
        return teams.Connector.ActivitiesIn(leader.PersonalChat).Skip(before).Last(IsStatusCard).Activity["attachments"]![0]!["content"]!;
    }

    /// <summary>The Teams id of the last status card sent (not updated) in the leader's 1:1 chat.</summary>
    public static string CardIdOf(ReflectionConversation teams, TeamsUser leader) =>
        teams.Connector.ActivitiesIn(leader.PersonalChat).Last(a => a.Kind != "update" && IsStatusCard(a)).ActivityId;

    /// <summary>«Purr» on a round: everyone missing, or one person (or unit) by id.</summary>
    public static JsonObject ChaseData(string roundId, string? person) => new()
    {
        ["verb"] = StatusVerbs.Chase,
        [StatusVerbs.RoundId] = roundId,
        [StatusVerbs.PersonInput(roundId)] = person ?? StatusVerbs.Everyone,
    };

    public static bool IsStatusCard(FakeActivity activity) =>
        activity.Activity["attachments"]?[0]?["content"]?["body"]?[0]?["text"]?.GetValue<string>() == StatusCardTexts.Heading;
}
