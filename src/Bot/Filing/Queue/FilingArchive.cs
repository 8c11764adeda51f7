namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>A team's chosen archive: the private channel whose files folder receives its documents.</summary>
public sealed record FilingArchive
{
    public string TenantId { get; init; } = "";
    public string TeamId { get; init; } = "";
    public string TeamGroupId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string ChannelName { get; init; } = "";
    public string ChosenBy { get; init; } = "";
    public long ChosenAtMs { get; init; }
}
