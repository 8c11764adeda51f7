using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>Plan events as people read them: Norwegian dates and times (Europe/Oslo), for the cards.</summary>
public static class PlanViews
{
    public static PlanEventLine Line(PlanEvent e) =>
        new(NorwegianDates.When(e), ProgrammeNames.Tag(e.Programme), e.Title, e.Room, e.Lesebestilling?.Text);

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
        When: NorwegianDates.When(e),
        Room: e.Room,
        Topic: e.Topic,
        Participants: e.Participants,
        Lesebestilling: e.Lesebestilling?.Text,
        Links: [.. (e.Lesebestilling?.Links ?? []).Where(u => u.Scheme is "http" or "https").Select(u => (LinkTitle(u), u))],
        FlexibleWindow: e.Window is { } w ? PlanCardTexts.FlexibleWindow(NorwegianDates.Date(w.First), NorwegianDates.Date(w.Last), w.ReportTo) : null,
        Deadline: kind == PostKind.CallForSaker && e.Agenda is { } a ? NorwegianDates.Date(e.FirstDate.AddDays(-a.SakerDaysBefore)) : null);

    private static string LinkTitle(Uri url) => url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
}
