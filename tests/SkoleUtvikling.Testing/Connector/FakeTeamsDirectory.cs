using System.Collections.Concurrent;

namespace SkoleUtvikling.Testing.Connector;

/// <summary>Teams, channels and rosters the fake answers GET calls from. Members are per conversation (team id or chat id).</summary>
public sealed class FakeTeamsDirectory
{
    private readonly ConcurrentDictionary<string, FakeTeam> _teams = new();
    private readonly ConcurrentDictionary<string, List<FakeMember>> _members = new();

    public void AddTeam(string teamId, string name, string aadGroupId, IEnumerable<(string Id, string? Name)>? channels = null)
    {
        // The General channel has the team's id and no name (protocol.md §2).
        var all = new List<(string Id, string? Name)> { (teamId, null) };
        all.AddRange(channels ?? []);
        _teams[teamId] = new FakeTeam(teamId, name, aadGroupId, all);
    }

    public void AddMembers(string conversationId, IEnumerable<FakeMember> members) =>
        _members.AddOrUpdate(conversationId, _ => [.. members], (_, list) => [.. list, .. members]);

    internal FakeTeam? Team(string teamId) => _teams.GetValueOrDefault(teamId);

    internal IReadOnlyList<FakeMember> Members(string conversationId) => _members.GetValueOrDefault(conversationId) ?? [];

    internal sealed record FakeTeam(string Id, string Name, string AadGroupId, List<(string Id, string? Name)> Channels);
}
