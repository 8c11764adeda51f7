namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// The Bot Connector REST calls the bot makes (protocol.md §2). Every call throws
/// <see cref="ConnectorException"/> on a non-success status, carrying the status, Teams' error code
/// and Retry-After so the outbox can decide whether to retry.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);
    Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);
    Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);
    Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken);
    Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);
    Task<TeamDetails> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken);
    Task<IReadOnlyList<ChannelInfo>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken);
}
