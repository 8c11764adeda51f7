namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Extra lines a feature contributes to a leader's status card (e.g. which nettverksgrupper have booked their
/// flexible meeting), and its «purr» for them. The status feature decides who is a leader (the round status
/// query) before asking; an implementation must treat <c>itemId</c> as the client's claim and re-check it.
/// </summary>
public interface IStatusSection
{
    /// <summary>A short fixed name of the contributing feature, carried in the card's data (e.g. "booking").</summary>
    string Source { get; }

    /// <summary>The sections to show now; <paramref name="withNames"/> only in a leader's 1:1 chat.</summary>
    Task<IReadOnlyList<StatusSectionView>> SectionsAsync(string tenantId, bool withNames, CancellationToken cancellationToken);

    /// <summary>«Purr» on one section: the notice to show, or null when there is no such item (or it can no longer be chased).</summary>
    Task<string?> ChaseAsync(string tenantId, string itemId, CancellationToken cancellationToken);
}

/// <summary>
/// One section of the status card: a title, a subtitle (e.g. the window), a summary line, the names of those
/// missing (empty in a channel), and the label of its «purr» button (null when it cannot be chased now).
/// </summary>
public sealed record StatusSectionView(string Source, string ItemId, string Title, string Subtitle, string Summary,
    string MissingLabel, IReadOnlyList<string> Missing, string? ChaseLabel);
