using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Help;

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
        new("help-leader", () => HelpCard.Build(isLeader: true)),
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
