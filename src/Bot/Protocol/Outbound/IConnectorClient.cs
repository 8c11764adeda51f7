namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// The Bot Connector REST calls the bot makes (protocol.md §2). Every call throws
/// <see cref="ConnectorException"/> on a non-success status or when no answer came, carrying the
/// status, Teams' error code and Retry-After so the outbox can decide whether to retry. Nothing is
/// retried inside: the outbox owns retries.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{id}/activities</c>.</summary>
    Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations/{id}/activities/{replyToId}</c>.</summary>
    Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>: replaces a message the bot sent (e.g. a card after a submit).</summary>
    Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations</c>; build the body with <see cref="ConversationParameters.PersonalChat"/> or <see cref="ConversationParameters.ChannelThread"/>.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>One page of members; <paramref name="pageSize"/> is clamped to 50..500 as Teams does.</summary>
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>
    /// <c>GET v3/conversations/{id}/members</c>: every member of a conversation. For a private channel
    /// (its channel id) these are the channel's own members, not the team's (protocol.md §2).
    /// </summary>
    Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken);

    Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);

    Task<TeamDetails> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken);

    /// <summary>The team's channels; the General channel has the team's id and no name.</summary>
    Task<IReadOnlyList<ChannelInfo>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken);
}
