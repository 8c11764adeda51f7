using System.Net.Http.Json;
using System.Text.Json;

namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>Bot Connector REST client over one HttpClient pipeline.</summary>
public sealed class ConnectorClient(HttpClient http) : IConnectorClient
{
    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendJsonAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, ConnectorPaths.Activities(conversationId), activity, cancellationToken);

    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendJsonAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, ConnectorPaths.Activity(conversationId, replyToId), activity, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendJsonAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), activity, cancellationToken);

    public Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendJsonAsync<JsonElement?>(HttpMethod.Delete, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), null, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendJsonAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, ConnectorPaths.Conversations, parameters, cancellationToken);

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        SendJsonAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, ConnectorPaths.PagedMembers(conversationId, pageSize, continuationToken), null, cancellationToken);

    public Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        SendJsonAsync<ChannelAccount>(HttpMethod.Get, serviceUrl, ConnectorPaths.Member(conversationId, userId), null, cancellationToken);

    public Task<TeamDetails> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) =>
        SendJsonAsync<TeamDetails>(HttpMethod.Get, serviceUrl, ConnectorPaths.Team(teamId), null, cancellationToken);

    public async Task<IReadOnlyList<ChannelInfo>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var result = await SendJsonAsync<ConversationList>(HttpMethod.Get, serviceUrl, ConnectorPaths.TeamChannels(teamId), null, cancellationToken);
        return result.Conversations;
    }

    private async Task<T> SendJsonAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(ConnectorPaths.Base(serviceUrl), path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException((int)response.StatusCode, null, response.Headers.RetryAfter?.Delta, $"{method} {path} answered {(int)response.StatusCode}");
        }

        if (response.Content.Headers.ContentLength == 0)
        {
            return default!;
        }

        return (await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken))!;
    }

    private sealed class ConversationList
    {
        public List<ChannelInfo> Conversations { get; set; } = [];
    }
}
