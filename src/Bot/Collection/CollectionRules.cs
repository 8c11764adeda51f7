namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// The engine's rules as pure functions of a round, its submissions and an instant. The queries and
/// handlers mirror these; nothing here reads a clock or a database.
/// </summary>
public static class CollectionRules
{
    /// <summary>Who must answer: the participants minus the exempt. Leaders only when they are participants.</summary>
    public static IReadOnlySet<string> WhoMustAnswer(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var required = new HashSet<string>(round.Participants, StringComparer.OrdinalIgnoreCase);
        required.ExceptWith(round.Exempt);
        return required;
    }

    /// <summary>
    /// Whether a person may save (send in, edit or keep a draft) at this instant. On time up to and
    /// including the deadline; after it, late until the hard close if the round allows it, else locked.
    /// Exempt participants and leaders may still answer; they are just not counted or chased.
    /// </summary>
    public static SubmitWindow CanSubmit(Round round, string userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.IsMember(userId) ? Window(round, now) : SubmitWindow.NotInRound;
    }

    /// <summary>
    /// Whether an editor may save the owner's answer now: <see cref="Round.MayEdit"/>, then the same time
    /// window as <see cref="CanSubmit"/>.
    /// </summary>
    public static SubmitWindow CanSave(Round round, string ownerId, string editorId, string? editorAadObjectId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.MayEdit(ownerId, editorId, editorAadObjectId) ? Window(round, now) : SubmitWindow.NotInRound;
    }

    /// <summary>
    /// Whether the round takes answers now (open, or late within its hard close): a chase is only worth sending
    /// while the person can still answer it.
    /// </summary>
    public static bool TakesAnswers(Round round, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        return Window(round, now).Allows();
    }

    private static SubmitWindow Window(Round round, DateTimeOffset now)
    {
        if (now < round.OpensAt)
        {
            return SubmitWindow.NotOpenYet;
        }

        if (now <= round.Deadline)
        {
            return SubmitWindow.Open;
        }

        return round.LatePolicy.HardClose is { } hardClose && now <= hardClose
            ? SubmitWindow.Late
            : SubmitWindow.Locked;
    }

    public static bool Allows(this SubmitWindow window) => window is SubmitWindow.Open or SubmitWindow.Late;

    /// <summary>One person's state; exempt wins, then the first delivery decides delivered or late.</summary>
    public static PersonState StateOf(Round round, string userId, Submission? submission)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Exempt.Contains(userId))
        {
            return PersonState.Exempt;
        }

        if (submission?.FirstDelivered is { } delivered)
        {
            return delivered.IsLate ? PersonState.Late : PersonState.Delivered;
        }

        return submission?.Latest is not null ? PersonState.Draft : PersonState.Assigned;
    }

    /// <summary>The state of every expected person and of anyone else who sent something in.</summary>
    public static IReadOnlyDictionary<string, PersonState> States(Round round, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(round);
        var byAuthor = ByAuthor(round, submissions);
        var people = round.Participants.Concat(byAuthor.Keys).Distinct(StringComparer.OrdinalIgnoreCase);
        return people.ToDictionary(p => p, p => StateOf(round, p, byAuthor.GetValueOrDefault(p)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Counts for the channel: delivered and late among those who must answer; exempt are excluded.</summary>
    public static RoundProgress Progress(Round round, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(round);
        var byAuthor = ByAuthor(round, submissions);
        int delivered = 0, late = 0, draft = 0;
        var required = WhoMustAnswer(round);
        foreach (var person in required)
        {
            switch (StateOf(round, person, byAuthor.GetValueOrDefault(person)))
            {
                case PersonState.Delivered: delivered++; break;
                case PersonState.Late: late++; break;
                case PersonState.Draft: draft++; break;
            }
        }

        return new RoundProgress(delivered, late, draft, required.Count);
    }

    /// <summary>Who still owes an answer (assigned or draft): the people a reminder goes to.</summary>
    public static IReadOnlyList<string> StillMissing(Round round, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(round);
        var byAuthor = ByAuthor(round, submissions);
        return WhoMustAnswer(round)
            .Where(p => StateOf(round, p, byAuthor.GetValueOrDefault(p)) is PersonState.Assigned or PersonState.Draft)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// The privacy rule the queries mirror: a submission is read by its author and the round's leaders,
    /// in the round's tenant, and by nobody else.
    /// </summary>
    public static bool CanRead(Round round, string authorId, string readerTenantId, string readerId)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (!string.Equals(round.TenantId, readerTenantId, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(readerId))
        {
            return false;
        }

        return string.Equals(authorId, readerId, StringComparison.OrdinalIgnoreCase) || round.IsLeader(readerId);
    }

    private static Dictionary<string, Submission> ByAuthor(Round round, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        return submissions
            .Where(s => string.Equals(s.RoundId, round.Id, StringComparison.Ordinal))
            .ToDictionary(s => s.AuthorId, StringComparer.OrdinalIgnoreCase);
    }
}
