using System.Globalization;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>Plan events as people read them: Norwegian dates and times (Europe/Oslo), for the cards.</summary>
public static class PlanViews
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static PlanEventLine Line(PlanEvent e) =>
        new(When(e), ProgrammeNames.Tag(e.Programme), e.Title, e.Room, e.Lesebestilling?.Text);

    public static MeetingPostModel Post(PlanEvent e, PostKind kind) => new(
        Kind: kind switch
        {
            PostKind.Lesebestilling => MeetingPostKind.Lesebestilling,
            PostKind.Reminder => MeetingPostKind.Reminder,
            PostKind.CallForSaker => MeetingPostKind.CallForSaker,
            _ => MeetingPostKind.Saksliste,
        },
        Programme: ProgrammeNames.Tag(e.Programme),
        Title: e.Title,
        When: When(e),
        Room: e.Room,
        Topic: e.Topic,
        Participants: e.Participants,
        Lesebestilling: e.Lesebestilling?.Text,
        Links: [.. (e.Lesebestilling?.Links ?? []).Where(u => u.Scheme is "http" or "https").Select(u => (LinkTitle(u), u))],
        FlexibleWindow: e.Window is { } w ? PlanTexts.FlexibleWindow(Date(w.First), Date(w.Last), w.ReportTo) : null,
        Deadline: kind == PostKind.CallForSaker && e.Agenda is { } a ? Date(e.FirstDate.AddDays(-a.SakerDaysBefore)) : null);

    /// <summary>"torsdag 14.05.2021 kl. 13.00–15.00", "05.10.2020–27.11.2020".</summary>
    public static string When(PlanEvent e)
    {
        var day = e.FirstDate == e.LastDate
            ? $"{Norwegian.DateTimeFormat.GetDayName(e.FirstDate.DayOfWeek)} {Date(e.FirstDate)}"
            : $"{Date(e.FirstDate)}–{Date(e.LastDate)}";
        return e.StartTime is { } start
            ? $"{day} kl. {Time(start)}{(e.EndTime is { } end ? "–" + Time(end) : "")}"
            : day;
    }

    /// <summary>"mandag 03.05.2021 kl. 08.00": an instant in Oslo, for receipts and notices.</summary>
    public static string Instant(DateTimeOffset instant) =>
        $"{Norwegian.DateTimeFormat.GetDayName(OsloTime.ToOslo(instant).DayOfWeek)} {OsloTime.Format(instant)}";

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString("HH.mm", CultureInfo.InvariantCulture);

    private static string LinkTitle(Uri url) => url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
}
