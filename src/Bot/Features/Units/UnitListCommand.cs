using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Units;

/// <summary><c>enheter</c>: every registered school, veilederteam and nettverksgruppe, and the linked programmes.</summary>
public sealed partial class UnitListCommand(IUnitDirectory units, Database database, Replies replies) : IMessageCommand
{
    public bool Matches(string text) => Verb().IsMatch(text);

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var tenantId = activity.TenantId ?? "";
        var registered = await units.UnitsAsync(tenantId, null, cancellationToken);
        IReadOnlyList<string> programmes;
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            programmes = [.. await c.QueryAsync<string>(new CommandDefinition(UnitSql.Programmes, new { TenantId = tenantId }, cancellationToken: cancellationToken))];
        }

        if (registered.Count == 0 && programmes.Count == 0)
        {
            await replies.ReplyTextAsync(activity, UnitTexts.NoUnits, cancellationToken);
            return;
        }

        var list = new StringBuilder(UnitTexts.ListHeading);
        foreach (var unit in registered)
        {
            list.Append("\n\n").Append(UnitTexts.Line(unit.Kind, unit.Name));
        }

        foreach (var programme in programmes)
        {
            list.Append("\n\n").Append(UnitTexts.ProgrammeLine(programme));
        }

        await replies.ReplyTextAsync(activity, list.ToString(), cancellationToken);
    }

    [GeneratedRegex(@"^enheter\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();
}
