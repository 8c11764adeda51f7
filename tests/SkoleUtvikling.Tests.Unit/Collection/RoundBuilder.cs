using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Collection;

/// <summary>A reflection-note round with four teachers and a rektor; change only what a test is about.</summary>
internal sealed class RoundBuilder
{
    public const string Tenant = "tenant-vestvagoy";

    /// <summary>Monday 23 November 2026 09.00 Oslo.</summary>
    public static readonly DateTimeOffset Opens = ReminderCalendar.At(new DateOnly(2026, 11, 23), new TimeOnly(9, 0));

    /// <summary>Monday 30 November 2026 14.00 Oslo (13.00 UTC).</summary>
    public static readonly DateTimeOffset Deadline = ReminderCalendar.At(new DateOnly(2026, 11, 30), new TimeOnly(14, 0));

    private string[] _participants = ["kari", "ola", "per", "lise"];
    private string[] _leaders = ["rektor"];
    private string[] _exempt = [];
    private DateTimeOffset _opens = Opens;
    private DateTimeOffset _deadline = Deadline;
    private LatePolicy _late = LatePolicy.Locked;

    public RoundBuilder WithParticipants(params string[] ids) { _participants = ids; return this; }

    public RoundBuilder WithLeaders(params string[] ids) { _leaders = ids; return this; }

    public RoundBuilder WithExempt(params string[] ids) { _exempt = ids; return this; }

    public RoundBuilder OpensAt(DateTimeOffset at) { _opens = at; return this; }

    public RoundBuilder DeadlineAt(DateTimeOffset at) { _deadline = at; return this; }

    public RoundBuilder AcceptingLateUntil(DateTimeOffset hardClose) { _late = LatePolicy.AcceptLateUntil(hardClose); return this; }

    public Round Build() => new("round-1", Tenant, ReflectionNoteForm.Default, "2026-12-01-fellestid", "channel-3a",
        _leaders, _participants, _exempt, _opens, _deadline, _late);

    public static Dictionary<string, string?> GoodAnswers() => new()
    {
        ["q1"] = "Teksten handler om lesing som grunnleggende ferdighet i alle fag.",
        ["q2"] = "Jeg vil bruke mer tid på førlesing med klassen min.",
    };

    /// <summary>A submission delivered at an instant, as a handler would have saved it.</summary>
    public static Submission Delivered(Round round, string author, DateTimeOffset at)
    {
        var outcome = SubmissionRules.Save(round, null, author, GoodAnswers(), SaveKind.Deliver, at);
        return outcome.Submission ?? throw new InvalidOperationException($"Delivery at {at:O} was {outcome.Status}.");
    }
}
