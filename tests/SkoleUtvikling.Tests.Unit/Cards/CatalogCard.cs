using System.Text.Json.Nodes;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>One card of the <see cref="CardCatalog"/>: a file-name-safe name and how to build it.</summary>
public sealed record CatalogCard(string Name, Func<JsonObject> Build);
