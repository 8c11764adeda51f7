using System.Net.Http.Json;
using System.Text.Json;

namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// Bot Connector REST client over the one typed HttpClient pipeline (the token handler sits in it).
/// Paths come from <see cref="ConnectorPaths"/>. Nothing is retried here: a failed call throws
/// <see cref="ConnectorException"/> and the caller (the outbox) decides, so retries are never doubled.
/// </summary>
public sealed class ConnectorClient(HttpClient http, TimeProvider time) : IConnectorClient
{
    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Post, serviceUrl, ConnectorPaths.Activities(conversationId), activity, null, cancellationToken);

    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Post, serviceUrl, ConnectorPaths.Activity(conversationId, replyToId), activity, null, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Put, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), activity, activityId, cancellationToken);

    public Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        CallAsync<JsonElement?>(HttpMethod.Delete, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), null, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var (created, status) = await CallAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, ConnectorPaths.Conversations, parameters, cancellationToken);
        return created?.Id is { Length: > 0 } ? created with { StatusCode = status } : throw Unreadable(HttpMethod.Post, ConnectorPaths.Conversations, "no conversation id");
    }

    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var path = ConnectorPaths.PagedMembers(conversationId, pageSize, continuationToken);
        return (await CallAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, cancellationToken)).Body ?? throw Unreadable(HttpMethod.Get, path, "empty body");
    }

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var path = ConnectorPaths.Members(conversationId);
        return (await CallAsync<List<ChannelAccount>>(HttpMethod.Get, serviceUrl, path, null, cancellationToken)).Body ?? throw Unreadable(HttpMethod.Get, path, "empty body");
    }

    public async Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var path = ConnectorPaths.Member(conversationId, userId);
        return (await CallAsync<ChannelAccount>(HttpMethod.Get, serviceUrl, path, null, cancellationToken)).Body ?? throw Unreadable(HttpMethod.Get, path, "empty body");
    }

    public async Task<TeamDetails> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var path = ConnectorPaths.Team(teamId);
        return (await CallAsync<TeamDetails>(HttpMethod.Get, serviceUrl, path, null, cancellationToken)).Body ?? throw Unreadable(HttpMethod.Get, path, "empty body");
    }

    public async Task<IReadOnlyList<ChannelInfo>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var path = ConnectorPaths.TeamChannels(teamId);
        var result = (await CallAsync<ConversationList>(HttpMethod.Get, serviceUrl, path, null, cancellationToken)).Body ?? throw Unreadable(HttpMethod.Get, path, "empty body");
        return result.Conversations;
    }

    private async Task<ResourceResponse> WriteAsync(HttpMethod method, string serviceUrl, string path, Activity activity, string? knownId, CancellationToken cancellationToken)
    {
        var (body, status) = await CallAsync<ResourceResponse>(method, serviceUrl, path, activity, cancellationToken);
        return (body ?? new ResourceResponse(knownId)) with { StatusCode = status };
    }

    /// <returns>The parsed body (null when the answer had none, or one that is not JSON) and the HTTP status.</returns>
    private async Task<(T? Body, int Status)> CallAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, ConnectorPaths.Resolve(serviceUrl, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            // Refused or unresolvable means the request never left; anything later may have been carried out.
            var neverSent = ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
            var error = new ConnectorError(0, ConnectorError.NetworkError, null, null, null, null, OutcomeUnknown: !neverSent);
            throw new ConnectorException(error, $"{method} {path} failed: {ex.HttpRequestError}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout, not the caller: the service may still carry the request out.
            var error = new ConnectorError(0, ConnectorError.Timeout, null, null, null, null, OutcomeUnknown: true);
            throw new ConnectorException(error, $"{method} {path} timed out", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var error = await ConnectorErrorReader.ReadAsync(response, time, cancellationToken);
                throw new ConnectorException(error, $"{method} {path} answered {(int)response.StatusCode} {error.MostSpecificCode}".TrimEnd(), null);
            }

            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(text))
            {
                return (default, status);
            }

            try
            {
                return (JsonSerializer.Deserialize<T>(text, ProtocolJson.Options), status);
            }
            catch (JsonException)
            {
                // A success stays a success (the message was posted); the caller decides whether it needed the body.
                return (default, status);
            }
        }
    }

    private static ConnectorException Unreadable(HttpMethod method, string path, string what) =>
        new(new ConnectorError(200, "InvalidResponse", null, what, null, null, OutcomeUnknown: false), $"{method} {path} answered with {what}", null);

    private sealed class ConversationList
    {
        public List<ChannelInfo> Conversations { get; set; } = [];
    }
}
