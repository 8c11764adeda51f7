using System.Text.RegularExpressions;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// The "UTVIKLINGSPLAN - TEMA OG OPPGAVER" column: the first line is the title, the lines up to
/// "Lesebestilling/oppgave:" the topic, the lines after it the lesebestilling (empty counts as none).
/// Also finds the project-meeting rule ("Saker meldes inn ... senest 3 uker før møtet. Saksliste sendes ut
/// ei uke i forkant.") and a network meeting's length ("Ett nettverksmøte á 3 timer").
/// </summary>
internal sealed partial record TopicCell(string? Title, string? Topic, Lesebestilling? Lesebestilling, AgendaRule? Agenda, TimeSpan? MeetingLength)
{
    public static TopicCell Parse(CellText cell)
    {
        var lines = cell.Lines;
        var labelIndex = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Label().IsMatch(lines[i].Text))
            {
                labelIndex = i;
                break;
            }
        }

        var before = labelIndex < 0 ? lines : lines.Take(labelIndex).ToList();
        var title = before.Count > 0 ? PlanText.Title(before[0].Text) : null;
        var topic = before.Count > 1 ? string.Join('\n', before.Skip(1).Select(l => l.Text)) : null;
        var lesebestilling = labelIndex < 0 ? null : ReadLesebestilling(lines, labelIndex);
        var joined = cell.Joined;
        var length = MeetingLengthPattern().Match(joined) is { Success: true } m && PlanText.Number(m.Groups["hours"].Value) is { } hours
            ? TimeSpan.FromHours(hours)
            : (TimeSpan?)null;
        return new TopicCell(title, topic, lesebestilling, ReadAgenda(lines, joined), length);
    }

    private static Lesebestilling? ReadLesebestilling(IReadOnlyList<CellLine> lines, int labelIndex)
    {
        var parts = new List<CellLine>();
        var rest = Label().Match(lines[labelIndex].Text).Groups["rest"].Value.Trim();
        if (rest.Length > 0)
        {
            parts.Add(lines[labelIndex] with { Text = rest });
        }

        parts.AddRange(lines.Skip(labelIndex + 1));
        if (parts.Count == 0)
        {
            return null;
        }

        var text = string.Join('\n', parts.Select(p => p.Text));
        var links = parts.SelectMany(p => p.Links).Concat(PlanText.LinksInText(text)).Distinct().ToList();
        return new Lesebestilling(text, links);
    }

    private static AgendaRule? ReadAgenda(IReadOnlyList<CellLine> lines, string joined)
    {
        var submit = SakerSubmitted().Match(joined);
        if (!submit.Success)
        {
            return null;
        }

        var saker = SakerWeeks().Match(joined) is { Success: true } s && PlanText.Number(s.Groups["weeks"].Value) is { } sw
            ? sw * 7
            : AgendaRule.DefaultSakerDaysBefore;
        var saksliste = SakslisteWeeks().Match(joined) is { Success: true } l && PlanText.Number(l.Groups["weeks"].Value) is { } lw
            ? lw * 7
            : AgendaRule.DefaultSakslisteDaysBefore;
        var to = submit.Groups["to"].Success ? PlanText.Collapse(submit.Groups["to"].Value) : null;
        var address = lines.SelectMany(l => l.Links).FirstOrDefault(u => u.Scheme == Uri.UriSchemeMailto)
            ?? PlanText.LinksInText(joined).FirstOrDefault(u => u.Scheme == Uri.UriSchemeMailto);
        return new AgendaRule(saker, saksliste, string.IsNullOrEmpty(to) ? null : to, address);
    }

    [GeneratedRegex(@"^(lesebestilling|oppgave)(\s*/\s*oppgave)?\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"saker meldes inn(\s+til\s+(?<to>.+?))?(?=\s+[\w.+-]+@|\s+senest\b|[.]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SakerSubmitted();

    [GeneratedRegex(@"senest\s+(?<weeks>\d+|\w+)\s+uker?\s+før", RegexOptions.IgnoreCase)]
    private static partial Regex SakerWeeks();

    [GeneratedRegex(@"saksliste\s+sendes\s+ut\s+(?<weeks>\d+|\w+)\s+uker?\s+(i forkant|før)", RegexOptions.IgnoreCase)]
    private static partial Regex SakslisteWeeks();

    [GeneratedRegex(@"\b[áàa]\s*(?<hours>\d+|\w+)\s+timer\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingLengthPattern();
}
