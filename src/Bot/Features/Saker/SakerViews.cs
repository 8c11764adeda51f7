using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>Saker as the cards show them: Norwegian times (Europe/Oslo); titles without authors for everyone.</summary>
public static class SakerViews
{
    /// <summary>The last minute of the deadline day, as people read it ("onsdag 19.08.2020 kl. 23.59").</summary>
    public static string Deadline(SakerRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return NorwegianDates.Instant(round.Deadline.AddMinutes(-1));
    }

    public static IReadOnlyList<string> Titles(IEnumerable<Sak> saker) => [.. saker.Select(s => s.Title)];

    public static SakerCallModel Call(SakerRound round, int count) => new(round.Id, Deadline(round), count);

    public static FormCardModel Form(SakerRound round, IReadOnlyList<Sak> saker, Sak? own, FormCardSurface surface) =>
        SakForm.Model(FormModel(round, saker) with
        {
            Values = own is null ? new Dictionary<string, string>() : Answers(own),
            Editing = own is not null,
        }, surface);

    /// <summary>The chase: the empty form (the person has sent no sak) with the chase's line, inline.</summary>
    public static FormCardModel Chase(SakerRound round, IReadOnlyList<Sak> saker) => SakForm.Chase(FormModel(round, saker));

    private static SakFormModel FormModel(SakerRound round, IReadOnlyList<Sak> saker) => new(round.Id, round.Meeting, Deadline(round), Titles(saker));

    public static SakerReceiptModel Receipt(SakerRound round, Sak sak, IReadOnlyList<Sak> saker, bool editable, string authorUserId) =>
        new(round.Id, round.Meeting, Deadline(round), NorwegianDates.Instant(sak.SavedAt), Line(sak), sak.Description, editable,
            Titles(saker), authorUserId);

    public static SakLine Line(Sak sak) => new(sak.Title, sak.Presenter, sak.Minutes);

    public static SakerLeaderModel Leader(SakerRound round, IReadOnlyList<(Sak Sak, bool Dropped)> ordered) =>
        new(round.Id, round.Meeting, Deadline(round), [.. ordered.Select(e => new SakerLeaderItem(e.Sak.AuthorId, e.Sak.Title, e.Sak.Description,
            e.Sak.Presenter, e.Sak.Minutes, e.Sak.AuthorName, NorwegianDates.Instant(e.Sak.SubmittedAt), e.Dropped))]);

    /// <summary>The saksliste: the kept saker in the leader's order.</summary>
    public static IReadOnlyList<SakLine> Saksliste(IReadOnlyList<(Sak Sak, bool Dropped)> ordered) =>
        [.. ordered.Where(e => !e.Dropped).Select(e => Line(e.Sak))];

    private static Dictionary<string, string> Answers(Sak sak) => new(StringComparer.Ordinal)
    {
        [SakForm.Title] = sak.Title,
        [SakForm.Description] = sak.Description,
        [SakForm.Presenter] = sak.Presenter,
        [SakForm.Minutes] = sak.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
