using System.Collections.Frozen;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// One collection: a form, who must answer, by when, in which channel, tied to which plan event.
/// Participants and leaders are Entra object ids resolved from the roster and configuration by the
/// caller, never from typed text; they compare case-insensitively. All instants are UTC.
/// </summary>
public sealed class Round
{
    public Round(string id, string tenantId, FormDefinition form, string planEventKey, string channelId,
        IEnumerable<string> leaders, IEnumerable<string> participants, IEnumerable<string> exempt,
        DateTimeOffset opensAt, DateTimeOffset deadline, LatePolicy latePolicy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentException.ThrowIfNullOrWhiteSpace(planEventKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(latePolicy);
        if (deadline <= opensAt)
        {
            throw new ArgumentException($"Round '{id}': the deadline {deadline:O} is not after it opens {opensAt:O}.", nameof(deadline));
        }

        if (latePolicy.HardClose is { } hardClose && hardClose <= deadline)
        {
            throw new ArgumentException($"Round '{id}': the hard close {hardClose:O} is not after the deadline {deadline:O}.", nameof(latePolicy));
        }

        Id = id;
        TenantId = tenantId;
        Form = form;
        PlanEventKey = planEventKey;
        ChannelId = channelId;
        Leaders = ToSet(leaders);
        Participants = ToSet(participants);
        Exempt = ToSet(exempt);
        OpensAt = opensAt.ToUniversalTime();
        Deadline = deadline.ToUniversalTime();
        LatePolicy = latePolicy;
    }

    public string Id { get; }

    public string TenantId { get; }

    public FormDefinition Form { get; }

    /// <summary>The plan event this round belongs to (e.g. the meeting whose lesebestilling it answers).</summary>
    public string PlanEventKey { get; }

    /// <summary>The channel where the round is posted and its count is shown.</summary>
    public string ChannelId { get; }

    /// <summary>May read every submission; not required to answer unless also a participant.</summary>
    public IReadOnlySet<string> Leaders { get; }

    /// <summary>Expected to answer, as resolved by the caller (the meeting's participants).</summary>
    public IReadOnlySet<string> Participants { get; }

    /// <summary>Participants excused from this round: not counted, not reminded.</summary>
    public IReadOnlySet<string> Exempt { get; }

    public DateTimeOffset OpensAt { get; }

    public DateTimeOffset Deadline { get; }

    public LatePolicy LatePolicy { get; }

    public bool IsLeader(string userId) => Leaders.Contains(userId);

    /// <summary>Participants or leaders: the people who may answer at all.</summary>
    public bool IsMember(string userId) => Participants.Contains(userId) || Leaders.Contains(userId);

    private static FrozenSet<string> ToSet(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Where(id => !string.IsNullOrWhiteSpace(id)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
