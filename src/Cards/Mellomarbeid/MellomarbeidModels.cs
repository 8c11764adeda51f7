namespace SkoleUtvikling.Cards.Mellomarbeid;

/// <summary>
/// One agreement after a veiledning (§5.2): the school's feedback deadline, the next veiledning, the
/// agreed points (non-empty, in order), lesebestilling/teori and the theme for next time. Dates are Oslo dates.
/// </summary>
public sealed record MellomarbeidAgreement(
    string SchoolName,
    int Round,
    DateOnly Deadline,
    DateOnly NextDate,
    TimeOnly NextTime,
    IReadOnlyList<string> Points,
    string Reading,
    string Theme,
    string WrittenBy,
    DateOnly AgreedOn);

/// <summary>The school's feedback on one agreed point.</summary>
public sealed record MellomarbeidPointFeedback(string Point, string HowWorked, string Participants);

/// <summary>The school's feedback as sent: per point, and the wished focus for the next veiledning.</summary>
public sealed record MellomarbeidFeedback(IReadOnlyList<MellomarbeidPointFeedback> Points, string Focus, string SentBy, string SentAt);

/// <summary>One school in the veilederteam's overview: its newest round.</summary>
public sealed record MellomarbeidStatusRow(string SchoolName, int Round, DateOnly AgreedOn, DateOnly Deadline, bool Delivered, int DaysLate);
