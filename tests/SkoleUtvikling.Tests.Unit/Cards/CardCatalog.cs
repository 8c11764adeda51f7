using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Archive;
using SkoleUtvikling.Cards.Booking;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Help;
using SkoleUtvikling.Cards.Mellomarbeid;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Cards.Reflection;
using SkoleUtvikling.Cards.Saker;
using SkoleUtvikling.Cards.Status;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>
/// Every card the bot sends, built with sample data, so the official validator sees each of them.
/// A feature that adds a card adds it here (one entry per visibly different variant).
/// </summary>
public static class CardCatalog
{
    public static IReadOnlyList<CatalogCard> All { get; } =
    [
        new("help-teacher", () => HelpCard.Build(isLeader: false)),
        new("booking-announcement", () => BookingCard.Announcement(BookingCardSamples.Meeting())),
        new("booking-booked", () => BookingCard.Booked(BookingCardSamples.Meeting(), BookingCardSamples.Slot(canChange: true))),
        new("booking-booked-locked", () => BookingCard.Booked(BookingCardSamples.Meeting(), BookingCardSamples.Slot(canChange: false))),
        new("booking-overview", () => BookingCard.Overview(BookingCardSamples.Overview(40))),
        new("help-leader", () => HelpCard.Build(isLeader: true)),
        new("plan-preview-first-import", () => PlanPreviewCard.Build(PlanCardSamples.FirstImport())),
        new("plan-preview-reimport", () => PlanPreviewCard.Build(PlanCardSamples.Reimport())),
        new("plan-preview-40-warnings", () => PlanPreviewCard.Build(PlanCardSamples.WithWarnings(40))),
        new("plan-preview-overflowing", () => PlanPreviewCard.BuildAll(PlanCardSamples.WithWarnings(600))[0]),
        new("plan-preview-warnings-continued", () => PlanPreviewCard.BuildAll(PlanCardSamples.WithWarnings(600))[1]),
        new("plan-preview-warnings-continued-last", () => PlanPreviewCard.BuildAll(PlanCardSamples.WithWarnings(600))[^1]),
        new("meeting-post-lesebestilling", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Lesebestilling))),
        new("meeting-post-reminder", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Reminder))),
        new("meeting-post-call-for-saker", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.CallForSaker))),
        new("meeting-post-saksliste", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Saksliste))),
        new("plan-list", () => PlanListCard.Build(PlanCardTexts.ListTitle, PlanCardSamples.FirstImport().Next)),
        new("plan-list-empty", () => PlanListCard.Build(PlanCardTexts.ListTitle, [])),
        new("reflection-form", () => ReflectionFormCard.Build(ReflectionCardSamples.Form())),
        new("reflection-form-dialog", () => ReflectionFormCard.Build(ReflectionCardSamples.Form() with { Surface = ReflectionFormSurface.Dialog })),
        new("reflection-form-errors", () => ReflectionFormCard.Build(ReflectionCardSamples.FormWithErrors())),
        new("reflection-form-chase", () => ReflectionFormCard.Build(ReflectionCardSamples.Form() with { Intro = ReflectionCardTexts.ChaseIntro })),
        new("form-all-kinds", () => FormCard.Build(FormCardSamples.AllKinds())),
        new("form-all-kinds-dialog", () => FormCard.Build(FormCardSamples.AllKinds() with { Surface = FormCardSurface.Dialog })),
        new("form-all-kinds-errors", () => FormCard.Build(FormCardSamples.AllKindsWithErrors())),
        new("form-all-kinds-errors-dialog", () => FormCard.Build(FormCardSamples.AllKindsWithErrors() with { Surface = FormCardSurface.Dialog })),
        new("form-sak", () => FormCard.Build(FormCardSamples.Sak())),
        new("form-submit-only-client-checks", () => FormCard.Build(FormCardSamples.AllKinds() with { Verbs = new FormCardVerbs("sample.form.submit") })),
        new("form-agreement-more-points", () => FormCard.Build(FormCardSamples.Agreement())),
        new("form-agreement-full-points", () => FormCard.Build(FormCardSamples.FullPoints())),
        new("form-booking-dialog-custom-error", () => FormCard.Build(FormCardSamples.Booking())),
        new("form-notice-good", () => FormCard.Build(FormCardSamples.Sak() with { Notice = new FormCardNotice("Utkastet er lagret.", FormCardTone.Good) })),
        new("reflection-receipt-editable", () => ReflectionReceiptCard.Build(ReflectionCardSamples.Receipt(ReflectionReceiptState.Editable))),
        new("reflection-receipt-locked", () => ReflectionReceiptCard.Build(ReflectionCardSamples.Receipt(ReflectionReceiptState.Locked))),
        new("reflection-receipt-late", () => ReflectionReceiptCard.Build(ReflectionCardSamples.Receipt(ReflectionReceiptState.AcceptedLate))),
        new("reflection-count", () => ReflectionCountCard.Build(ReflectionCardSamples.Count())),
        new("reflection-round-small", () => ReflectionRoundCard.Build(ReflectionCardSamples.Round(4))),
        new("reflection-round-large", () => ReflectionRoundCard.Build(ReflectionCardSamples.Round(120))),
        new("reflection-round-empty", () => ReflectionRoundCard.Build(ReflectionCardSamples.Round(0))),
        new("meeting-post-lesebestilling-with-round", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Lesebestilling) with { Sections = ReflectionCountCard.Section(ReflectionCardSamples.Count()) })),
        new("meeting-post-lesebestilling-group-round", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Lesebestilling) with { Sections = ReflectionCountCard.Section(ReflectionCardSamples.Count() with { ShowTitle = true }) })),
        new("meeting-post-lesebestilling-in-groups", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Lesebestilling) with { Sections = ReflectionCountCard.WrittenInGroups(12) })),
        new("reflection-own-notes", () => ReflectionOwnNotesCard.Build(ReflectionCardSamples.OwnNotes())),
        new("reflection-own-notes-empty", () => ReflectionOwnNotesCard.Build([])),
        new("reflection-round-list", () => ReflectionRoundListCard.Build(ReflectionCardSamples.RoundLines())),
        new("reflection-round-list-empty", () => ReflectionRoundListCard.Build([])),
        new("reflection-reminder", () => ReflectionReminderCard.ForParticipant(ReflectionCardSamples.Count())),
        new("reflection-escalation", () => ReflectionReminderCard.ForLeader(ReflectionCardSamples.Count(), ["Ola Hansen", "Per Johansen"])),
        new("archive-choice", () => ArchiveCard.Build(new ArchiveCardModel([new("19:a@thread.tacv2", "Ledelse"), new("19:b@thread.tacv2", "SKUT – ledergruppen")], null))),
        new("archive-choice-current", () => ArchiveCard.Build(new ArchiveCardModel([new("19:a@thread.tacv2", "Ledelse")], "Ledelse"))),
        new("saker-form", () => FormCard.Build(SakForm.Model(SakerCardSamples.Form(), FormCardSurface.Inline))),
        new("saker-form-dialog-errors", () => FormCard.Build(SakerCardSamples.FormWithErrors())),
        new("saker-form-editing-no-titles", () => FormCard.Build(SakForm.Model(SakerCardSamples.Form() with { Titles = [], Editing = true }, FormCardSurface.Inline))),
        new("saker-receipt-editable", () => SakerReceiptCard.Build(SakerCardSamples.Receipt(editable: true))),
        new("saker-receipt-locked", () => SakerReceiptCard.Build(SakerCardSamples.Receipt(editable: false))),
        new("saker-leader", () => SakerLeaderCard.Build(SakerCardSamples.Leader(8))),
        new("saker-leader-large", () => SakerLeaderCard.Build(SakerCardSamples.Leader(25))),
        new("saker-leader-empty", () => SakerLeaderCard.Build(SakerCardSamples.Leader(0))),
        new("meeting-post-call-for-saker-with-round", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.CallForSaker) with { Sections = SakerPostSections.Call(SakerCardSamples.Call(3)) })),
        new("meeting-post-saksliste-with-saker", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Saksliste) with { Sections = SakerPostSections.Saksliste(SakerCardSamples.Saksliste(6)) })),
        new("status-personal", () => StatusCard.Build(StatusCardSamples.Personal(8))),
        new("status-personal-large", () => StatusCard.Build(StatusCardSamples.Personal(400))),
        new("status-channel", () => StatusCard.Build(StatusCardSamples.Channel())),
        new("status-personal-by-unit-300", () => StatusCard.Build(StatusCardSamples.ByUnit(300, 12, withNames: true))),
        new("status-channel-by-unit", () => StatusCard.Build(StatusCardSamples.ByUnit(300, 12, withNames: false))),
        new("status-personal-by-unit-60-units", () => StatusCard.Build(StatusCardSamples.ByUnit(600, 60, withNames: true))),
        new("saker-chase-form", () => FormCard.Build(SakForm.Chase(SakerCardSamples.Form()))),
        new("saker-chase-escalation", () => SakerChaseCard.Escalation("Møte i regional prosjektgruppe LP · onsdag 9. september", "onsdag 19.08.2020 kl. 23.59", 3,
            [.. Enumerable.Range(1, 60).Select(i => $"Fornavn{i} Etternavnsen{i}")])),
        new("mellomarbeid-chase-form", () => FormCard.Build(MellomarbeidCards.ChaseForm(MellomarbeidCardSamples.Agreement(8), MellomarbeidCardSamples.RoundId))),
        new("mellomarbeid-evaluation-chase-form", () => FormCard.Build(MellomarbeidCards.EvaluationChaseForm(MellomarbeidCardSamples.Agreement(3), MellomarbeidCardSamples.RoundId))),
        new("status-personal-bookings", () => StatusCard.Build(StatusCardSamples.WithBookings(12, withNames: true))),
        new("status-personal-bookings-large", () => StatusCard.Build(StatusCardSamples.WithBookings(150, withNames: true) with { Groups = StatusCardSamples.Personal(400).Groups })),
        new("status-channel-bookings", () => StatusCard.Build(StatusCardSamples.WithBookings(12, withNames: false))),
        new("status-none", () => StatusCard.Build(new StatusCardModel([], ShowNames: true))),
        new("meeting-post-saksliste-empty", () => MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Saksliste) with { Sections = SakerPostSections.Saksliste([]) })),
        new("mellomarbeid-agreement-form", () => FormCard.Build(MellomarbeidCardSamples.AgreementForm())),
        new("mellomarbeid-agreement-form-errors", () => FormCard.Build(MellomarbeidCardSamples.AgreementFormWithErrors())),
        new("mellomarbeid-agreement", () => MellomarbeidCards.Agreement(MellomarbeidCardSamples.Agreement(8), MellomarbeidCardSamples.RoundId)),
        new("mellomarbeid-reminder", () => MellomarbeidCards.Reminder(MellomarbeidCardSamples.Agreement(3), MellomarbeidCardSamples.RoundId)),
        new("mellomarbeid-escalation", () => MellomarbeidCards.Escalation(MellomarbeidCardSamples.Agreement(3), 3)),
        new("mellomarbeid-feedback-form", () => FormCard.Build(MellomarbeidCards.FeedbackForm(MellomarbeidCardSamples.Agreement(8), MellomarbeidCardSamples.RoundId))),
        new("mellomarbeid-feedback-form-filled", () => FormCard.Build(MellomarbeidCardSamples.FilledFeedbackForm())),
        new("mellomarbeid-feedback-large", () => MellomarbeidCards.Feedback(MellomarbeidCardSamples.Agreement(8), MellomarbeidCardSamples.Feedback(8, 1500))),
        new("mellomarbeid-status", () => MellomarbeidCards.Status(MellomarbeidCardSamples.Status(40))),
        new("mellomarbeid-evaluation-form", () => FormCard.Build(MellomarbeidCards.EvaluationForm(MellomarbeidCardSamples.Agreement(3), MellomarbeidCardSamples.RoundId))),
        new("mellomarbeid-evaluation-answers", () => MellomarbeidCards.EvaluationAnswers(MellomarbeidCardSamples.Agreement(3), "Siri Dahl",
            Enumerable.Range(1, 4).ToDictionary(i => MellomarbeidCards.EvaluationField(i), i => new string('å', MellomarbeidCards.MaxFeedbackLength)))),
        new("mellomarbeid-status-empty", () => MellomarbeidCards.Status([])),
    ];

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var card in All)
        {
            names.Add(card.Name);
        }

        return names;
    }
}
