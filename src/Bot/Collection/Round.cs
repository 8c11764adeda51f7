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

    /// <summary>Whose answers the round collects: each participant's own (default), or one per unit.</summary>
    public AnswerBy AnswerBy { get; init; } = AnswerBy.Person;

    /// <summary>
    /// For unit answers: who may edit each unit's answer, by the unit's id (Teams ids and Entra object
    /// ids in one set). Empty for person answers.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Editors { get; init; } = NoEditors;

    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> NoEditors = new Dictionary<string, IReadOnlySet<string>>();

    public bool IsLeader(string userId) => Leaders.Contains(userId);

    /// <summary>
    /// May this person save the owner's answer: their own answer in a person round (participants and
    /// leaders), or a unit's answer they are an editor of.
    /// </summary>
    public bool MayEdit(string ownerId, string editorId, string? editorAadObjectId = null)
    {
        if (AnswerBy == AnswerBy.Person)
        {
            return string.Equals(ownerId, editorId, StringComparison.OrdinalIgnoreCase) && IsMember(editorId);
        }

        return Participants.Contains(ownerId)
            && Editors.TryGetValue(ownerId, out var editors)
            && (editors.Contains(editorId) || (!string.IsNullOrEmpty(editorAadObjectId) && editors.Contains(editorAadObjectId)));
    }

    /// <summary>Participants or leaders: the people who may answer at all.</summary>
    public bool IsMember(string userId) => Participants.Contains(userId) || Leaders.Contains(userId);

    private static FrozenSet<string> ToSet(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Where(id => !string.IsNullOrWhiteSpace(id)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
