namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>Rows the plan feature reads with Dapper.</summary>
internal sealed record PlanImportRow
{
    public string ImportId { get; init; } = "";
    public string TenantId { get; init; } = "";
    public string FileName { get; init; } = "";
    public string ImportedBy { get; init; } = "";
    public string ConversationId { get; init; } = "";
    public string ServiceUrl { get; init; } = "";
    public string EventsJson { get; init; } = "";
    public string WarningsJson { get; init; } = "";
    public string Status { get; init; } = "";
}

internal sealed record PublishedEventRow
{
    public string EventKey { get; init; } = "";
    public string EventJson { get; init; } = "";
    public string ContentHash { get; init; } = "";
}

internal sealed record PublicationRow
{
    public string TenantId { get; init; } = "";
    public string CoordinatorUserId { get; init; } = "";
    public string ConversationId { get; init; } = "";
    public string ServiceUrl { get; init; } = "";
}

internal sealed record ChannelRow
{
    public string TeamId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string ServiceUrl { get; init; } = "";
}
