using SkoleUtvikling.Cards.Status;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>Status cards with sample data: the KULG reflection round and a mellomarbeid round of two schools.</summary>
public static class StatusCardSamples
{
    public static StatusRoundModel Round(string id, int people, bool withNames) => new(id, "Refleksjonsnotat til KULG 14. mai", "Refleksjonsnotat",
        "14.05.2020 kl. 13.00", Closed: false, Delivered: people / 2, Late: people / 8, Missing: people - people / 2 - people / 8 - 1, Exempt: 1, Expected: people - 1,
        [("07.05", people / 4), ("11.05", people / 4), ("14.05", people / 8)],
        withNames ? [.. Enumerable.Range(1, people).Select(i => Person(i, people))] : []);

    public static StatusCardModel Personal(int people) =>
        new([new StatusGroupModel("KULG", [Round("r-0123456789abcdef", people, withNames: true)])], ShowNames: true) { Notice = "Purring sendes til 3 personer." };

    public static StatusCardModel Channel() => new(
    [
        new StatusGroupModel("KULG", [Round("r-0123456789abcdef", 30, withNames: false)]),
        new StatusGroupModel("Mellomarbeid", [Round("r-fedcba9876543210", 12, withNames: false) with { Kind = "Mellomarbeid", Closed = true }]),
    ], ShowNames: false);

    /// <summary>A round of <paramref name="people"/> spread over <paramref name="units"/> schools, with every name's school (1:1 view) or none (channel).</summary>
    public static StatusCardModel ByUnit(int people, int units, bool withNames)
    {
        var round = Round("r-0123456789abcdef", people, withNames: true);
        var persons = round.People.Select((p, i) => p with { Unit = UnitName(i % units) }).ToList();
        var unitModels = persons.GroupBy(p => p.Unit!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new StatusUnitModel(g.Key,
            g.Count(p => p.State is StatusPersonState.Delivered or StatusPersonState.Late), g.Count(p => p.State != StatusPersonState.Exempt),
            g.Count(p => p.State == StatusPersonState.Missing))).ToList();
        return new StatusCardModel([new StatusGroupModel("KULG", [round with { People = withNames ? persons : [], Units = unitModels }])], withNames);
    }

    /// <summary>
    /// The 1:1 (or channel) card with bookings of flexible meetings: <paramref name="groups"/> nettverksgrupper, a third of
    /// them unbooked, in an open window (with «Purr grupper») and one that closed last week (without).
    /// </summary>
    public static StatusCardModel WithBookings(int groups, bool withNames)
    {
        var unbooked = groups / 3;
        string[] names = withNames ? [.. Enumerable.Range(1, unbooked).Select(i => $"Nettverksgruppe {i:D2}")] : [];
        var card = withNames ? Personal(8) : Channel();
        return card with
        {
            Sections =
            [
                new StatusSectionModel("booking", "2020-10-01-lp-fleksibelt-mote-0123456789abcdef", "Nettverksmøte LP (fleksibelt)", "26. september – 6. oktober",
                    $"{groups - unbooked} av {groups} grupper har booket", "Ikke booket", names, withNames ? $"Purr grupper ({unbooked})" : null),
                new StatusSectionModel("booking", "2020-09-01-lp-fleksibelt-mote-fedcba9876543210", "Nettverksmøte LP (august)", "24. august – 3. september",
                    $"{groups} av {groups} grupper har booket", "Ikke booket", [], null),
            ],
        };
    }

    public static string UnitName(int i) => $"Skole nummer {i + 1:D2} i kommunen";

    private static StatusPersonModel Person(int i, int people)
    {
        var state = i <= people / 2 ? StatusPersonState.Delivered : i <= people / 2 + people / 8 ? StatusPersonState.Late : i == people ? StatusPersonState.Exempt : StatusPersonState.Missing;
        var chase = state == StatusPersonState.Missing ? (i % 3 == 0 ? "ikke sendt: har ikke appen" : "sendt 15.05.2020 kl. 08.00") : null;
        return new StatusPersonModel($"29:1Person{i:D4}AbCdEfGhIjKlMnOpQrStUvWxYz", $"Fornavn{i} Etternavnsen{i}", state,
            state == StatusPersonState.Exempt ? "sykemeldt" : null, chase, ChaseFailed: chase?.StartsWith("ikke", StringComparison.Ordinal) == true);
    }
}
