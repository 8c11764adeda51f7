using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Status;

/// <summary>
/// A leader's status over every round they lead, of every kind: counts and a chart per round (Teams'
/// <c>Chart.Donut</c>, and <c>Chart.VerticalBar</c> of deliveries per day, each with a text fallback for
/// clients without chart elements). Only the 1:1 view (<see cref="StatusCardModel.ShowNames"/>) names
/// anyone and has «Purr» and «Send på nytt»; the channel view is counts only.
/// </summary>
public static class StatusCard
{
    /// <summary>At most this many names per state are listed, so a large round stays under Teams' 28 KB.</summary>
    public const int NamesShown = 40;

    /// <summary>At most this many chase results are listed per round.</summary>
    public const int ChasesShown = 25;

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

        if (showNames)
        {
            items.AddRange(Names(round));
            items.AddRange(Actions(round));
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

    private static IEnumerable<JsonNode> Names(StatusRoundModel round)
    {
        foreach (var (state, label) in new[]
        {
            (StatusPersonState.Missing, StatusCardTexts.MissingLabel),
            (StatusPersonState.Late, StatusCardTexts.LateLabel),
            (StatusPersonState.Exempt, StatusCardTexts.ExemptLabel),
            (StatusPersonState.Delivered, StatusCardTexts.DeliveredLabel),
        })
        {
            var people = round.People.Where(p => p.State == state).ToList();
            if (people.Count == 0)
            {
                continue;
            }

            var names = people.Take(NamesShown).Select(p => p.Note is null ? p.Name : $"{p.Name} ({p.Note})").ToList();
            if (people.Count > NamesShown)
            {
                names.Add(StatusCardTexts.AndMore(people.Count - NamesShown));
            }

            yield return CardElements.Text(StatusCardTexts.Names(label, names));
        }

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

        buttons.Add(CardActions.Submit(StatusCardTexts.Refresh, StatusVerbs.Refresh, data));
        yield return CardActions.ActionSet([.. buttons]);
    }
}
