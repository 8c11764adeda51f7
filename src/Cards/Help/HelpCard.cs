using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Help;

/// <summary>The answer to <c>hjelp</c>: what the bot does, its commands, and for leaders a few lines more.</summary>
public static class HelpCard
{
    public static JsonObject Build(bool isLeader)
    {
        var body = new List<JsonNode>
        {
            CardElements.Heading(HelpCardTexts.Title),
            CardElements.Text(HelpCardTexts.Intro),
            CardElements.Text(HelpCardTexts.WhatIDoHeading, bold: true),
        };
        body.AddRange(HelpCardTexts.WhatIDo.Select(line => CardElements.Text("• " + line)));
        body.Add(CardElements.Text(HelpCardTexts.CommandsHeading, bold: true));
        body.Add(CardElements.Facts(HelpCardTexts.Commands.Select(c => (c.Command, c.Description))));
        if (isLeader)
        {
            var leader = new List<JsonNode> { CardElements.Text(HelpCardTexts.LeaderHeading, bold: true), CardElements.Text(HelpCardTexts.LeaderNote, subtle: true) };
            leader.Add(CardElements.Facts(HelpCardTexts.LeaderCommands.Select(c => (c.Command, c.Description))));
            leader.AddRange(HelpCardTexts.LeaderLines.Select(line => CardElements.Text("• " + line)));
            body.Add(CardElements.Container("emphasis", [.. leader]));
        }

        body.Add(CardElements.Text(HelpCardTexts.HowToAsk, subtle: true));
        return CardElements.Card([.. body]);
    }
}
