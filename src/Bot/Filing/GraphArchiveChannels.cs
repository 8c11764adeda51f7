using Microsoft.Kiota.Abstractions;

namespace SkoleUtvikling.Bot.Filing;

/// <summary><c>GET /teams/{groupId}/channels?$filter=membershipType eq 'private'</c> (needs Channel.ReadBasic.All).</summary>
public sealed class GraphArchiveChannels(GraphClients clients) : IArchiveChannels
{
    public async Task<IReadOnlyList<ArchiveChannel>> PrivateChannelsAsync(string tenantId, string teamGroupId, CancellationToken cancellationToken)
    {
        try
        {
            var page = await clients.For(tenantId).Teams[teamGroupId].Channels.GetAsync(request =>
            {
                request.QueryParameters.Filter = "membershipType eq 'private'";
                request.QueryParameters.Select = ["id", "displayName", "membershipType"];
            }, cancellationToken);
            return [.. (page?.Value ?? [])
                .Where(c => c.Id is not null)
                .Select(c => new ArchiveChannel(c.Id!, c.DisplayName ?? c.Id!))
                .OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)];
        }
        catch (ApiException ex) when (ex.ResponseStatusCode is 408 or 429 or 500 or 502 or 503 or 504)
        {
            throw new FilingTransientException($"Graph answered {ex.ResponseStatusCode} listing the channels of team {teamGroupId}.", ex.ResponseStatusCode, null, ex);
        }
        catch (ApiException ex)
        {
            throw new FilingPermanentException($"Graph answered {ex.ResponseStatusCode} listing the channels of team {teamGroupId}.", ex.ResponseStatusCode, null, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FilingTransientException($"Graph could not be reached listing the channels of team {teamGroupId}.", null, null, ex);
        }
    }
}
