using System.Data.Common;
using System.Text.Json.Nodes;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Messaging;

/// <summary>A meeting post of the plan, about to be queued for its programme's channel.</summary>
public sealed record MeetingPost(
    string TenantId, PlanEvent Event, PostKind Kind, string TeamId, string ChannelId, string ServiceUrl, string DedupeKey)
{
    private const char CopySeparator = '#';

    /// <summary>The dedupe key of this post's copy for one unit's channel (<see cref="MeetingPostCopy"/>).</summary>
    public string CopyDedupeKey(string unitId) => $"{DedupeKey}{CopySeparator}{unitId}";

    /// <summary>The dedupe key of the post a copy was made of (the key itself when it is no copy).</summary>
    public static string OriginalDedupeKey(string dedupeKey)
    {
        ArgumentNullException.ThrowIfNull(dedupeKey);
        var at = dedupeKey.IndexOf(CopySeparator, StringComparison.Ordinal);
        return at < 0 ? dedupeKey : dedupeKey[..at];
    }
}

/// <summary>
/// A copy of a meeting post for another channel (a flexible meeting's nettverksgruppe, with its own round), with the
/// listener's sections for that channel. <see cref="DedupeKey"/> is <see cref="MeetingPost.CopyDedupeKey"/>.
/// </summary>
public sealed record MeetingPostCopy(string TeamId, string ChannelId, string ServiceUrl, string DedupeKey, IReadOnlyList<JsonNode> Sections);

/// <summary>
/// Reacts to "a meeting post goes out" (e.g. a lesebestilling opens a round of notes). The publisher
/// knows no listener; listeners take part in the post's transaction so the post and what it opened
/// are stored together or not at all.
/// </summary>
public interface IMeetingPostListener
{
    /// <summary>
    /// Before the post's transaction; may call Teams (a failure fails the firing before anything is
    /// stored). Null when this post concerns the listener not.
    /// </summary>
    Task<IMeetingPostAddition?> PrepareAsync(MeetingPost post, CancellationToken cancellationToken);
}

/// <summary>What one listener adds to one meeting post.</summary>
public interface IMeetingPostAddition
{
    /// <summary>
    /// Inside the transaction that queues the post: stores what the post opened, and returns the card
    /// elements to show under the post (e.g. a round's count and button), or null for none.
    /// </summary>
    Task<IReadOnlyList<JsonNode>?> StoreAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now);

    /// <summary>After the commit; a failure retries the firing, which finds the post queued.</summary>
    Task AfterCommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Known after <see cref="StoreAsync"/>: copies of the post the publisher queues in the same transaction, each to
    /// its channel with its own sections. None by default.
    /// </summary>
    IReadOnlyList<MeetingPostCopy> Copies => [];
}
