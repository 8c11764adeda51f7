namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// Input ids and reserved data keys of a form card. A field's input is <c>answer_{fieldId}</c> (the
/// reflection form's ids), point n of a points field <c>answer_{fieldId}_{n}</c>; field ids have no
/// '_' so these never collide.
/// </summary>
public static class FormCardIds
{
    public const int MaxFieldIdLength = 40;

    public const string InputPrefix = "answer_";

    /// <summary>The opaque version token of what the form was opened on (optimistic concurrency).</summary>
    public const string Version = "formVersion";

    /// <summary>«Flere punkter»: which points field.</summary>
    public const string PointsField = "formField";

    /// <summary>«Flere punkter»: how many point inputs the card showed.</summary>
    public const string PointSlots = "formSlots";

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        Common.ActionIds.VerbField, Version, PointsField, PointSlots, "action", "data", "msteams", "context",
    };

    public static string Input(string fieldId) => InputPrefix + fieldId;

    public static string Point(string fieldId, int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{InputPrefix}{fieldId}_{number}");

    public static bool IsFieldId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxFieldIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>Whether a caller's own data key (e.g. <c>roundId</c>) may go into the action data.</summary>
    public static bool IsDataKey(string key) =>
        !string.IsNullOrWhiteSpace(key) && !Reserved.Contains(key) && !key.StartsWith(InputPrefix, StringComparison.Ordinal);
}
