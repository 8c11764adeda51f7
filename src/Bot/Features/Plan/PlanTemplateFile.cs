using SkoleUtvikling.Scheduling.Plan.Import;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>The Excel template, filled with the tenant's published plan so a re-import starts from what is there.</summary>
public sealed class PlanTemplateFile(PlanStore store)
{
    public async Task<byte[]> BuildAsync(string tenantId, CancellationToken cancellationToken)
    {
        var events = await store.ActiveEventsAsync(tenantId, cancellationToken);
        using var sheet = new MemoryStream();
        XlsxPlanTemplate.Write(sheet, events);
        return sheet.ToArray();
    }
}
