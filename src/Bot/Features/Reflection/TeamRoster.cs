using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>Every member of a team, page by page, as the Bot Connector lists them.</summary>
public sealed class TeamRoster(IConnectorClient connector)
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<ChannelAccount>> MembersAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var members = new List<ChannelAccount>();
        string? continuation = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, teamId, PageSize, continuation, cancellationToken);
            members.AddRange(page.Members);
            continuation = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
        }
        while (continuation is not null);
        return members;
    }
}
