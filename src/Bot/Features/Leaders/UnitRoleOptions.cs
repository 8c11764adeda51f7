namespace SkoleUtvikling.Bot.Features.Leaders;

/// <summary>
/// Who holds a role in a registered unit besides the team roster, by Entra object id (section
/// <c>Units</c>): per school its rektor and SKUT members, and extra members of the veilederteam.
/// <code>
/// "Units": { "Schools": [ { "Name": "Nordby skole", "Rektor": ["…guid…"], "Skut": ["…guid…"] } ], "Veilederteam": ["…guid…"] }
/// </code>
/// A school is matched to its registration (<c>enhet skole Nordby skole</c>) by name, ignoring case.
/// </summary>
public sealed class UnitRoleOptions
{
    public const string Section = "Units";

    public List<SchoolRoles> Schools { get; set; } = [];

    /// <summary>Members of the veilederteam who are not (or not yet) in its Teams team.</summary>
    public List<string> Veilederteam { get; set; } = [];

    public SchoolRoles? School(string name) =>
        Schools.FirstOrDefault(s => string.Equals(s.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    public sealed class SchoolRoles
    {
        public string Name { get; set; } = "";

        public List<string> Rektor { get; set; } = [];

        public List<string> Skut { get; set; } = [];
    }
}
