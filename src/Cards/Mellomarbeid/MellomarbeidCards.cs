using System.Globalization;
using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Cards.Mellomarbeid;

/// <summary>
/// The mellomarbeid cards: the agreement form (the general form card), the agreement as rektor and the
/// SKUT channel see it, the feedback form, the feedback as the veilederteam sees it, and the overview.
/// </summary>
public static class MellomarbeidCards
{
    public const string School = "skole";
    public const string Deadline = "frist";
    public const string NextDate = "neste-dato";
    public const string NextTime = "neste-tid";
    public const string Points = "punkter";
    public const string Reading = "lesebestilling";
    public const string Theme = "tema";
    public const string Focus = "fokus";
    public const int MaxPoints = 8;

    /// <summary>Per point «Beskriv hvordan dere har arbeidet», and the wished focus: the filled-in form stays under Teams' 28 KB.</summary>
    public const int MaxFeedbackLength = 1500;

    public const int MaxParticipantsLength = 200;

    /// <summary>What the feedback card shows of a text; the whole text is in the Word document.</summary>
    private const int CardTextBudget = 10000;

    /// <summary>The feedback field of agreed point <paramref name="number"/> (1-based).</summary>
    public static string WorkedField(int number) => string.Create(CultureInfo.InvariantCulture, $"punkt-{number}");

    public static string ParticipantsField(int number) => string.Create(CultureInfo.InvariantCulture, $"punkt-{number}-deltakere");

    /// <summary>The form a veilederteam member fills in after a veiledning; schools as value (unit id) and name.</summary>
    public static FormCardModel AgreementForm(IReadOnlyList<FormCardChoice> schools, DateOnly today) =>
        new(AgreementHeading(), [
            FormCardField.Choice(School, MellomarbeidCardTexts.SchoolLabel, schools),
            FormCardField.Date(Deadline, MellomarbeidCardTexts.DeadlineLabel, min: today),
            FormCardField.Date(NextDate, MellomarbeidCardTexts.NextDateLabel, min: today),
            FormCardField.Time(NextTime, MellomarbeidCardTexts.NextTimeLabel),
            FormCardField.Points(Points, MellomarbeidCardTexts.PointsLabel, maxPoints: MaxPoints, initialPoints: 3),
            FormCardField.LongText(Reading, MellomarbeidCardTexts.ReadingLabel, maxLength: 2000) with { Required = false },
            FormCardField.LongText(Theme, MellomarbeidCardTexts.ThemeLabel, maxLength: 1000) with { Required = false },
        ], FormCardVerbs.ForPrefix(MellomarbeidVerbs.AgreementPrefix) with { Draft = null, Cancel = null })
        {
            Intro = MellomarbeidCardTexts.AgreementIntro,
            SubmitTitle = MellomarbeidCardTexts.SendAgreement,
        };

    private static string AgreementHeading() => MellomarbeidCardTexts.AgreementHeading;

    /// <summary>The agreement; with <paramref name="roundId"/>, a «Gi tilbakemelding» button.</summary>
    public static JsonObject Agreement(MellomarbeidAgreement agreement, string? roundId, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var body = new List<JsonNode?>
        {
            CardElements.Heading(heading ?? MellomarbeidCardTexts.AgreementHeading),
            CardElements.Text(MellomarbeidCardTexts.Title(agreement.SchoolName, agreement.Round), bold: true),
        };
        body.AddRange(AgreementBody(agreement));
        if (roundId is not null)
        {
            body.Add(CardActions.ActionSet(CardActions.Submit(MellomarbeidCardTexts.GiveFeedback, MellomarbeidVerbs.OpenFeedback,
                new Dictionary<string, string> { [MellomarbeidVerbs.RoundId] = roundId })));
        }

        return CardElements.Card([.. body]);
    }

    /// <summary>A reminder to the school's editors before the deadline.</summary>
    public static JsonObject Reminder(MellomarbeidAgreement agreement, string roundId) =>
        Agreement(agreement, roundId, MellomarbeidCardTexts.ReminderHeading);

    /// <summary>To the veilederteam, once, when the deadline has passed without feedback.</summary>
    public static JsonObject Escalation(MellomarbeidAgreement agreement, int daysLate)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return CardElements.Card(
            CardElements.Heading(MellomarbeidCardTexts.EscalationHeading),
            CardElements.Text(MellomarbeidCardTexts.Escalation(agreement.SchoolName, agreement.Round, Date(agreement.Deadline), daysLate)));
    }

    /// <summary>The feedback form: per agreed point how the school worked and who took part, then the wished focus.</summary>
    public static FormCardModel FeedbackForm(MellomarbeidAgreement agreement, string roundId)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var fields = new List<FormCardField>();
        for (var i = 0; i < agreement.Points.Count; i++)
        {
            fields.Add(FormCardField.LongText(WorkedField(i + 1), MellomarbeidCardTexts.Point(i + 1, agreement.Points[i]), MaxFeedbackLength) with { Help = MellomarbeidCardTexts.HowWorked });
            fields.Add(FormCardField.ShortText(ParticipantsField(i + 1), MellomarbeidCardTexts.Participants(i + 1), MaxParticipantsLength) with { Required = false });
        }

        fields.Add(FormCardField.LongText(Focus, MellomarbeidCardTexts.FocusLabel, MaxFeedbackLength));
        return new FormCardModel(MellomarbeidCardTexts.FeedbackHeading, fields,
            FormCardVerbs.ForPrefix(MellomarbeidVerbs.FeedbackPrefix) with { Cancel = null, MorePoints = null })
        {
            Title = MellomarbeidCardTexts.Title(agreement.SchoolName, agreement.Round),
            Facts = [new FormCardFact(MellomarbeidCardTexts.DeadlineLabel, Date(agreement.Deadline))],
            Intro = MellomarbeidCardTexts.FeedbackIntro,
            SubmitTitle = MellomarbeidCardTexts.SendFeedback,
            Data = new Dictionary<string, string>(StringComparer.Ordinal) { [MellomarbeidVerbs.RoundId] = roundId },
        };
    }

    /// <summary>
    /// A chase after the deadline: the feedback form itself (the agreed points are its questions), with the
    /// chase's friendly line, so rektor and SKUT answer in the chat there and then.
    /// </summary>
    public static FormCardModel ChaseForm(MellomarbeidAgreement agreement, string roundId)
    {
        var form = FeedbackForm(agreement, roundId);
        return form with { Intro = MellomarbeidCardTexts.ChaseIntro + " " + form.Intro };
    }

    /// <summary>«Purr» on an evaluation: the evaluation form itself, with the chase's friendly line.</summary>
    public static FormCardModel EvaluationChaseForm(MellomarbeidAgreement agreement, string roundId)
    {
        var form = EvaluationForm(agreement, roundId);
        return form with { Intro = MellomarbeidCardTexts.EvaluationChaseIntro + " " + form.Intro };
    }

    /// <summary>Agreement and feedback together: what the veilederteam's channel and the sender see.</summary>
    public static JsonObject Feedback(MellomarbeidAgreement agreement, MellomarbeidFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(feedback);
        var body = new List<JsonNode?>
        {
            CardElements.Heading(MellomarbeidCardTexts.FeedbackSentHeading),
            CardElements.Text(MellomarbeidCardTexts.Title(agreement.SchoolName, agreement.Round), bold: true),
            CardElements.Facts([(MellomarbeidCardTexts.SentByLabel, $"{feedback.SentBy}, {feedback.SentAt}")]),
        };
        // Long feedback is shortened on the card (Teams' 28 KB); the Word document keeps every word.
        var each = CardTextBudget / (feedback.Points.Count + 1);
        var shortened = false;
        string Cap(string text)
        {
            if (text.Length <= each)
            {
                return text;
            }

            shortened = true;
            return string.Concat(text.AsSpan(0, each), "…");
        }

        for (var i = 0; i < feedback.Points.Count; i++)
        {
            var point = feedback.Points[i];
            body.Add(CardElements.Text(MellomarbeidCardTexts.Point(i + 1, point.Point), bold: true));
            body.Add(CardElements.Text(Cap(point.HowWorked)));
            if (point.Participants.Length > 0)
            {
                body.Add(CardElements.Text(point.Participants, subtle: true));
            }
        }

        body.Add(CardElements.Text(MellomarbeidCardTexts.FocusLabel, bold: true));
        body.Add(CardElements.Text(Cap(feedback.Focus)));
        if (shortened)
        {
            body.Add(CardElements.Text(MellomarbeidCardTexts.Shortened, subtle: true));
        }

        return CardElements.Card([.. body]);
    }

    /// <summary>Every school at a glance: its newest round, agreement date, deadline, delivered or days late.</summary>
    public static JsonObject Status(IReadOnlyList<MellomarbeidStatusRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return CardElements.Card(CardElements.Heading(MellomarbeidCardTexts.StatusHeading), CardElements.Text(MellomarbeidCardTexts.NoAgreements));
        }

        return CardElements.Card(
            CardElements.Heading(MellomarbeidCardTexts.StatusHeading),
            CardElements.Facts(rows.Select(r => (r.SchoolName, MellomarbeidCardTexts.StatusLine(r.Round, Date(r.AgreedOn), Date(r.Deadline),
                r.Delivered ? MellomarbeidCardTexts.Delivered : r.DaysLate > 0 ? $"{MellomarbeidCardTexts.NotDelivered}, {MellomarbeidCardTexts.DaysLate(r.DaysLate)}" : MellomarbeidCardTexts.NotDelivered)))));
    }

    /// <summary>Field id of evaluation question <paramref name="number"/> (1-based).</summary>
    public static string EvaluationField(int number) => string.Create(CultureInfo.InvariantCulture, $"evaluering-{number}");

    /// <summary>§3.4 part 4 to each of the school's leaders after the veiledning: four short answers, the overall impression required.</summary>
    public static FormCardModel EvaluationForm(MellomarbeidAgreement agreement, string roundId)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var questions = MellomarbeidCardTexts.EvaluationQuestions;
        return new FormCardModel(MellomarbeidCardTexts.EvaluationHeading,
            [.. questions.Select((q, i) => FormCardField.LongText(EvaluationField(i + 1), q, MaxFeedbackLength) with { Required = i == questions.Count - 1 })],
            FormCardVerbs.ForPrefix(MellomarbeidVerbs.EvaluationPrefix) with { Draft = null, Cancel = null, MorePoints = null })
        {
            Title = MellomarbeidCardTexts.Title(agreement.SchoolName, agreement.Round),
            Intro = MellomarbeidCardTexts.EvaluationIntro,
            SubmitTitle = MellomarbeidCardTexts.SendEvaluation,
            Data = new Dictionary<string, string>(StringComparer.Ordinal) { [MellomarbeidVerbs.RoundId] = roundId },
        };
    }

    /// <summary>One leader's evaluation, for the veilederteam's channel: the questions answered, in order.</summary>
    public static JsonObject EvaluationAnswers(MellomarbeidAgreement agreement, string answeredBy, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(answers);
        var body = new List<JsonNode?>
        {
            CardElements.Heading(MellomarbeidCardTexts.EvaluationAnswersHeading),
            CardElements.Text(MellomarbeidCardTexts.Title(agreement.SchoolName, agreement.Round), bold: true),
            CardElements.Facts([(MellomarbeidCardTexts.AnsweredByLabel, answeredBy)]),
        };
        var questions = MellomarbeidCardTexts.EvaluationQuestions;
        for (var i = 0; i < questions.Count; i++)
        {
            if (answers.GetValueOrDefault(EvaluationField(i + 1)) is { Length: > 0 } answer)
            {
                body.Add(CardElements.Text(questions[i], bold: true));
                body.Add(CardElements.Text(answer));
            }
        }

        return CardElements.Card([.. body]);
    }

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static IEnumerable<JsonNode> AgreementBody(MellomarbeidAgreement agreement)
    {
        yield return CardElements.Facts([
            (MellomarbeidCardTexts.AgreedLabel, Date(agreement.AgreedOn)),
            (MellomarbeidCardTexts.DeadlineLabel, Date(agreement.Deadline)),
            (MellomarbeidCardTexts.NextDateLabel, MellomarbeidCardTexts.NextVeiledning(Date(agreement.NextDate), agreement.NextTime.ToString("HH:mm", CultureInfo.InvariantCulture))),
            (MellomarbeidCardTexts.FromLabel, agreement.WrittenBy),
        ]);
        yield return CardElements.Text(MellomarbeidCardTexts.PointsLabel, bold: true);
        for (var i = 0; i < agreement.Points.Count; i++)
        {
            yield return CardElements.Text(MellomarbeidCardTexts.Point(i + 1, agreement.Points[i]));
        }

        if (agreement.Reading.Length > 0)
        {
            yield return CardElements.Text(MellomarbeidCardTexts.ReadingLabel, bold: true);
            yield return CardElements.Text(agreement.Reading);
        }

        if (agreement.Theme.Length > 0)
        {
            yield return CardElements.Text(MellomarbeidCardTexts.ThemeLabel, bold: true);
            yield return CardElements.Text(agreement.Theme);
        }
    }
}
