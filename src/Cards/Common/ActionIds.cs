namespace SkoleUtvikling.Cards.Common;

/// <summary>
/// The verbs cards put in their submit data. Builders and parsers share these, so a handler never
/// retypes an action id.
/// </summary>
public static class ActionIds
{
    /// <summary>The data field that carries the verb.</summary>
    public const string VerbField = "verb";

    public const string PlanPublish = "plan.publish";
    public const string PlanDiscard = "plan.discard";

    public const string ReflectionOpen = "reflection.open";
    public const string ReflectionSubmit = "reflection.submit";
    public const string ReflectionEdit = "reflection.edit";
    public const string ReflectionRefresh = "reflection.refresh";
    public const string ReflectionSharePlenum = "reflection.share-plenum";
    public const string ReflectionRoundShow = "reflection.round";
    public const string ReflectionRoundDocument = "reflection.round-document";

    public const string ArchiveChoose = "archive.choose";
}
