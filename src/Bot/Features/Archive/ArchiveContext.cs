using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Filing.Queue;

namespace SkoleUtvikling.Bot.Features.Archive;

/// <summary>A team about to choose its archive: its ids, its private channels now, and the current choice.</summary>
public sealed record ArchiveContext(string TenantId, string TeamId, string TeamGroupId, IReadOnlyList<ArchiveChannel> Channels, FilingArchive? Current);
