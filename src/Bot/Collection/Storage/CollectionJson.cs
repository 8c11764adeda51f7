using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkoleUtvikling.Bot.Collection.Storage;

/// <summary>How forms and answers are stored as JSON: camelCase, enums as names, so rows stay readable.</summary>
internal static class CollectionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(FormDefinition form) => JsonSerializer.Serialize(FormDto.From(form), Options);

    public static FormDefinition DeserializeForm(string json) =>
        (JsonSerializer.Deserialize<FormDto>(json, Options) ?? throw new JsonException("A stored form is null.")).ToForm();

    public static string Serialize(IReadOnlyDictionary<string, string> answers) => JsonSerializer.Serialize(answers, Options);

    public static IReadOnlyDictionary<string, string> DeserializeAnswers(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? [];

    /// <summary>The default policy is stored as NULL, so rounds opened before policies were stored read the same.</summary>
    public static string? Serialize(ReminderPolicy policy) => policy == ReminderPolicy.Default ? null : JsonSerializer.Serialize(PolicyDto.From(policy), Options);

    public static ReminderPolicy DeserializePolicy(string? json) =>
        string.IsNullOrEmpty(json) ? ReminderPolicy.Default
            : (JsonSerializer.Deserialize<PolicyDto>(json, Options) ?? throw new JsonException("A stored reminder policy is null.")).ToPolicy();

    private sealed record OffsetDto(int Days, string At)
    {
        public static OffsetDto From(ReminderOffset o) => new(o.Days, o.At.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));

        public ReminderOffset ToOffset() => new(Days, TimeOnly.ParseExact(At, "HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed record PolicyDto(List<OffsetDto> RemindBefore, List<OffsetDto>? ChaseAfter, OffsetDto? EscalateAfter, bool? ChaseInWorkingDays = null, bool? EscalateAfterChases = null)
    {
        public static PolicyDto From(ReminderPolicy p) =>
            new([.. p.RemindBefore.Select(OffsetDto.From)], [.. p.ChaseAfter.Select(OffsetDto.From)], p.EscalateAfter is { } e ? OffsetDto.From(e) : null,
                p.ChaseInWorkingDays ? true : null, p.EscalateAfterChases ? true : null);

        public ReminderPolicy ToPolicy() =>
            new([.. RemindBefore.Select(o => o.ToOffset())], EscalateAfter?.ToOffset())
            {
                ChaseAfter = [.. (ChaseAfter ?? []).Select(o => o.ToOffset())],
                ChaseInWorkingDays = ChaseInWorkingDays ?? false,
                EscalateAfterChases = EscalateAfterChases ?? false,
            };
    }

    // The form's own types validate in their constructors; these plain shapes only carry the data.
    private sealed record FormDto(string Id, string Title, List<FieldDto> Fields)
    {
        public static FormDto From(FormDefinition form) => new(form.Id, form.Title, [.. form.Fields.Select(FieldDto.From)]);

        public FormDefinition ToForm() => new(Id, Title, [.. Fields.Select(f => f.ToField())]);
    }

    private sealed record FieldDto(string Id, string Label, FieldKind Kind, bool Required, int? MinLength, int? MaxLength, List<FormChoice>? Choices)
    {
        public static FieldDto From(FormField f) => new(f.Id, f.Label, f.Kind, f.Required, f.MinLength, f.MaxLength, f.Choices.Count == 0 ? null : [.. f.Choices]);

        public FormField ToField() => new(Id, Label, Kind, Required, MinLength, MaxLength, Choices);
    }
}
