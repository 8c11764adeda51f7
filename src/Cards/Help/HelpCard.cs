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
            CardElements.Heading(HelpTexts.Title),
            CardElements.Text(HelpTexts.Intro),
            CardElements.Text(HelpTexts.WhatIDoHeading, bold: true),
        };
        body.AddRange(HelpTexts.WhatIDo.Select(line => CardElements.Text("• " + line)));
        body.Add(CardElements.Text(HelpTexts.CommandsHeading, bold: true));
        body.Add(CardElements.Facts(HelpTexts.Commands.Select(c => (c.Command, c.Description))));
        if (isLeader)
        {
            var leader = new List<JsonNode> { CardElements.Text(HelpTexts.LeaderHeading, bold: true), CardElements.Text(HelpTexts.LeaderNote, subtle: true) };
            leader.Add(CardElements.Facts(HelpTexts.LeaderCommands.Select(c => (c.Command, c.Description))));
            leader.AddRange(HelpTexts.LeaderLines.Select(line => CardElements.Text("• " + line)));
            body.Add(CardElements.Container("emphasis", [.. leader]));
        }

        body.Add(CardElements.Text(HelpTexts.HowToAsk, subtle: true));
        return CardElements.Card([.. body]);
    }
}
