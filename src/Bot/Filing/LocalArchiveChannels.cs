namespace SkoleUtvikling.Bot.Filing;

/// <summary>Without Graph there are no channels to file into: documents go to the local archive folder.</summary>
public sealed class LocalArchiveChannels : IArchiveChannels
{
    public Task<IReadOnlyList<ArchiveChannel>> PrivateChannelsAsync(string tenantId, string teamGroupId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ArchiveChannel>>([]);
}
