namespace SkoleUtvikling.Testing.Graph;

/// <summary>A channel of a team as the fake lists it.</summary>
public sealed record FakeGraphChannel(string TeamGroupId, string ChannelId, string DisplayName, string MembershipType);
