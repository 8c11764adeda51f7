using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>Saker cards with sample data (the LP project meeting of 9 September 2020, seed 002).</summary>
public static class SakerCardSamples
{
    public const string RoundId = "s-0123456789abcdef0123";
    public const string Meeting = "Møte i regional prosjektgruppe LP · onsdag 09.09.2020 kl. 15.00–16.30";
    public const string Deadline = "onsdag 19.08.2020 kl. 23.59";

    public static readonly IReadOnlyList<string> Titles = ["Budsjett for modul 2", "Ny timeplan for fagdagene", "Evaluering av høsten"];

    public static SakerCallModel Call(int count) => new(RoundId, Deadline, count);

    public static SakFormModel Form() => new(RoundId, Meeting, Deadline, Titles);

    public static FormCardModel FormWithErrors() =>
        SakForm.Model(Form() with { Values = new Dictionary<string, string> { [SakForm.Title] = "Budsjett", [SakForm.Minutes] = "500" } }, FormCardSurface.Dialog)
            with { Errors = [new FormCardError(SakForm.Description, FormCardErrorKind.Missing), new FormCardError(SakForm.Presenter, FormCardErrorKind.Missing),
                new FormCardError(SakForm.Minutes, FormCardErrorKind.NumberTooLarge, "180")] };

    public static SakerReceiptModel Receipt(bool editable) => new(RoundId, Meeting, Deadline, "mandag 17.08.2020 kl. 10.12",
        new SakLine("Budsjett for modul 2", "Arne Kvendseth", 20), "Vi må bli enige om fordelingen av midlene til nettverksgruppene.",
        editable, Titles, "29:1OlaHansen");

    public static SakerLeaderModel Leader(int count) => new(RoundId, Meeting, Deadline,
    [
        .. Enumerable.Range(1, count).Select(i => new SakerLeaderItem($"29:person{i}", $"Sak nummer {i}", $"Beskrivelse av sak {i}: " + new string('x', 990),
            $"Person {i}", 10 + i, $"Lærer {i}", "mandag 17.08.2020 kl. 10.12", Dropped: i % 4 == 0)),
    ]);

    public static IReadOnlyList<SakLine> Saksliste(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new SakLine($"Sak nummer {i}", $"Person {i}", 15))];
}
