namespace SkoleUtvikling.Bot.Filing;

/// <summary>Lists the channels a team's archive can be: its private (leaders-only) channels.</summary>
public interface IArchiveChannels
{
    /// <exception cref="FilingTransientException">Graph throttled or was unavailable.</exception>
    /// <exception cref="FilingPermanentException">Graph refused (no permission, unknown team).</exception>
    Task<IReadOnlyList<ArchiveChannel>> PrivateChannelsAsync(string tenantId, string teamGroupId, CancellationToken cancellationToken);
}
