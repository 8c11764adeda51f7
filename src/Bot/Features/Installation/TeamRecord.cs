namespace SkoleUtvikling.Bot.Features.Installation;

/// <summary>A team the bot is (or was) installed in.</summary>
public sealed record TeamRecord
{
    public string TeamId { get; init; } = "";
    public string TenantId { get; init; } = "";
    public string? Name { get; init; }
    public string? AadGroupId { get; init; }
    public string ServiceUrl { get; init; } = "";
    public bool Installed { get; init; }
    public int InstallCount { get; init; }
}

/// <summary>A channel of a team. The General channel has the team's id and no name.</summary>
public sealed record ChannelRecord
{
    public string ChannelId { get; init; } = "";
    public string? Name { get; init; }
    public bool Deleted { get; init; }
}
