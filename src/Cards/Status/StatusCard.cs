using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Status;

/// <summary>
/// A leader's status over every round they lead, of every kind: counts and a chart per round (Teams'
/// <c>Chart.Donut</c>, and <c>Chart.VerticalBar</c> of deliveries per day, each with a text fallback for
/// clients without chart elements). Only the 1:1 view (<see cref="StatusCardModel.ShowNames"/>) names
/// anyone and has «Purr», «Send på nytt» and «Rapport (Excel)»; the channel view is counts only.
/// </summary>
public static class StatusCard
{
    /// <summary>At most this many names per state are listed, so a large round stays under Teams' 28 KB.</summary>
    public const int NamesShown = 40;

    /// <summary>At most this many chase results are listed per round.</summary>
    public const int ChasesShown = 25;

    /// <summary>With names grouped by unit, at least this many names per state and unit (<see cref="NamesShown"/> shared among the units otherwise).</summary>
    public const int NamesPerUnitAtLeast = 3;

    /// <summary>At most this many units are listed with names; the others with their counts only, so the card stays under 28 KB.</summary>
    public const int UnitsWithNames = 15;

    public static JsonObject Build(StatusCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<JsonNode> { CardElements.Heading(StatusCardTexts.Heading) };
        if (model.Notice is { } notice)
        {
            body.Add(CardElements.Text(notice, bold: true));
        }

        if (model.Groups.All(g => g.Rounds.Count == 0))
        {
            body.Add(CardElements.Text(StatusCardTexts.NoRounds));
            return CardElements.Card([.. body]);
        }

        foreach (var group in model.Groups.Where(g => g.Rounds.Count > 0))
        {
            if (model.Groups.Count > 1)
            {
                body.Add(CardElements.Text(group.Heading, bold: true));
            }

            body.AddRange(group.Rounds.Select(r => Round(r, model.ShowNames)));
        }

        body.AddRange(model.Sections.Select(s => Section(s, model.ShowNames)));
        if (!model.ShowNames)
        {
            body.Add(CardElements.Text(StatusCardTexts.ChannelNote, subtle: true));
        }

        return CardElements.Card([.. body]);
    }

    private static JsonObject Round(StatusRoundModel round, bool showNames)
    {
        var items = new List<JsonNode>
        {
            CardElements.Text(round.Title, bold: true),
            CardElements.Text(StatusCardTexts.KindAndDeadline(round.Kind, round.Deadline, round.Closed), subtle: true),
            CardElements.Text(StatusCardTexts.Progress(round.Delivered + round.Late, round.Expected)),
            CountsChart(round),
        };
        if (showNames && round.DeliveredPerDay.Count > 0)
        {
            items.Add(OverTimeChart(round));
        }

        if (!showNames && round.Units.Count > 1)
        {
            // Counts per unit, never names.
            items.Add(CardElements.Text(StatusCardTexts.UnitsTitle, bold: true));
            items.Add(CardElements.Facts(round.Units.Select(u => (u.Name, StatusCardTexts.Progress(u.Delivered, u.Expected)))));
        }

        if (showNames)
        {
            if (round.Units.Count > 1)
            {
                var perUnit = Math.Max(NamesPerUnitAtLeast, NamesShown / Math.Min(round.Units.Count, UnitsWithNames));
                foreach (var unit in round.Units.Take(UnitsWithNames))
                {
                    items.Add(CardElements.Text(StatusCardTexts.UnitProgress(unit.Name, unit.Delivered, unit.Expected), bold: true));
                    items.AddRange(NamesByState(round.People.Where(p => string.Equals(p.Unit ?? StatusCardTexts.NoUnit, unit.Name, StringComparison.Ordinal)).ToList(), perUnit));
                }

                if (round.Units.Count > UnitsWithNames)
                {
                    items.Add(CardElements.Text(StatusCardTexts.OtherUnits(round.Units.Count - UnitsWithNames), bold: true));
                    items.Add(CardElements.Facts(round.Units.Skip(UnitsWithNames).Select(u => (u.Name, StatusCardTexts.Progress(u.Delivered, u.Expected)))));
                }

                items.AddRange(ChaseResults(round));
            }
            else
            {
                items.AddRange(Names(round));
            }

            items.AddRange(Actions(round));
        }

        return CardElements.Container("emphasis", [.. items]);
    }

    /// <summary>A contributed section: counts in both views; names and its «purr» button only in the 1:1 view.</summary>
    private static JsonObject Section(StatusSectionModel section, bool showNames)
    {
        var items = new List<JsonNode>
        {
            CardElements.Text(section.Title, bold: true),
            CardElements.Text(section.Subtitle, subtle: true),
            CardElements.Text(section.Summary),
        };
        if (showNames)
        {
            if (section.Missing.Count > 0)
            {
                var names = section.Missing.Take(NamesShown).ToList();
                if (section.Missing.Count > NamesShown)
                {
                    names.Add(StatusCardTexts.AndMore(section.Missing.Count - NamesShown));
                }

                items.Add(CardElements.Text(StatusCardTexts.Names(section.MissingLabel, names)));
            }

            if (section.ChaseLabel is { } label)
            {
                var data = new Dictionary<string, string>(StringComparer.Ordinal) { [StatusVerbs.Source] = section.Source, [StatusVerbs.ItemId] = section.ItemId };
                items.Add(CardActions.ActionSet([CardActions.Submit(label, StatusVerbs.ChaseSection, data)]));
            }
        }

        return CardElements.Container("emphasis", [.. items]);
    }

    /// <summary>Delivered, late, missing, exempt as a donut; the fallback is the same counts as facts.</summary>
    private static JsonObject CountsChart(StatusRoundModel round)
    {
        var counts = new (string Label, int Count)[]
        {
            (StatusCardTexts.DeliveredLabel, round.Delivered),
            (StatusCardTexts.LateLabel, round.Late),
            (StatusCardTexts.MissingLabel, round.Missing),
            (StatusCardTexts.ExemptLabel, round.Exempt),
        };
        return new JsonObject
        {
            ["type"] = "Chart.Donut",
            ["title"] = StatusCardTexts.CountsTitle,
            ["data"] = new JsonArray([.. counts.Select(c => (JsonNode)new JsonObject { ["legend"] = c.Label, ["value"] = c.Count })]),
            ["fallback"] = CardElements.Facts(counts.Select(c => (c.Label, c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        };
    }

    /// <summary>First deliveries per day as vertical bars; the fallback is one line per day.</summary>
    private static JsonObject OverTimeChart(StatusRoundModel round) => new()
    {
        ["type"] = "Chart.VerticalBar",
        ["title"] = StatusCardTexts.OverTimeTitle,
        ["data"] = new JsonArray([.. round.DeliveredPerDay.Select(d => (JsonNode)new JsonObject { ["x"] = d.Day, ["y"] = d.Delivered })]),
        ["fallback"] = CardElements.Facts(round.DeliveredPerDay.Select(d => (d.Day, d.Delivered.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
    };

    private static IEnumerable<JsonNode> Names(StatusRoundModel round) => NamesByState(round.People, NamesShown).Concat(ChaseResults(round));

    /// <summary>One line per state: the names (at most <paramref name="shown"/>, then how many more).</summary>
    private static IEnumerable<JsonNode> NamesByState(IReadOnlyList<StatusPersonModel> all, int shown)
    {
        foreach (var (state, label) in new[]
        {
            (StatusPersonState.Missing, StatusCardTexts.MissingLabel),
            (StatusPersonState.Late, StatusCardTexts.LateLabel),
            (StatusPersonState.Exempt, StatusCardTexts.ExemptLabel),
            (StatusPersonState.Delivered, StatusCardTexts.DeliveredLabel),
        })
        {
            var people = all.Where(p => p.State == state).ToList();
            if (people.Count == 0)
            {
                continue;
            }

            var names = people.Take(shown).Select(p => p.Note is null ? p.Name : $"{p.Name} ({p.Note})").ToList();
            if (people.Count > shown)
            {
                names.Add(StatusCardTexts.AndMore(people.Count - shown));
            }

            yield return CardElements.Text(StatusCardTexts.Names(label, names));
        }
    }

    private static IEnumerable<JsonNode> ChaseResults(StatusRoundModel round)
    {
        var chased = round.People.Where(p => p.Chase is not null).ToList();
        if (chased.Count > 0)
        {
            yield return CardElements.Text(StatusCardTexts.ChasesHeading, bold: true);
            yield return CardElements.Facts(chased.Take(ChasesShown).Select(p => (p.Name, p.Chase!)));
            if (chased.Count > ChasesShown)
            {
                yield return CardElements.Text(StatusCardTexts.AndMore(chased.Count - ChasesShown), subtle: true);
            }
        }
    }

    private static IEnumerable<JsonNode> Actions(StatusRoundModel round)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [StatusVerbs.RoundId] = round.RoundId };
        var buttons = new List<JsonObject>();
        var missing = round.People.Where(p => p.State == StatusPersonState.Missing).ToList();
        if (missing.Count > 0)
        {
            // Action.Submit: in a 1:1 chat the bot answers by replacing this card, in every client.
            var choices = new JsonArray([(JsonNode)new JsonObject { ["title"] = StatusCardTexts.ChaseEveryone, ["value"] = StatusVerbs.Everyone },
                .. missing.Take(NamesShown).Select(p => (JsonNode)new JsonObject { ["title"] = p.Name, ["value"] = p.UserId })]);
            yield return new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = StatusVerbs.PersonInput(round.RoundId),
                ["label"] = StatusCardTexts.ChooseLabel,
                ["style"] = "compact",
                ["value"] = StatusVerbs.Everyone,
                ["choices"] = choices,
            };
            buttons.Add(CardActions.Submit(StatusCardTexts.Chase(missing.Count), StatusVerbs.Chase, data));
        }

        if (round.People.Any(p => p.ChaseFailed && p.State == StatusPersonState.Missing))
        {
            buttons.Add(CardActions.Submit(StatusCardTexts.Resend, StatusVerbs.Resend, data));
        }

        buttons.Add(CardActions.Submit(StatusCardTexts.Report, StatusVerbs.Report, data));
        buttons.Add(CardActions.Submit(StatusCardTexts.Refresh, StatusVerbs.Refresh, data));
        yield return CardActions.ActionSet([.. buttons]);
    }
}
