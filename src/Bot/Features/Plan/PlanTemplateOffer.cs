using System.Text.Json;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>The Excel template offered by <see cref="TemplateCommand"/>, filled with the published plan when accepted.</summary>
public sealed class PlanTemplateOffer(PlanTemplateFile template, Leaders.LeaderDirectory leaders) : IFileOffer
{
    public string Kind => TemplateCommand.ContextKind;

    /// <summary>Template cards sent before offers named their kind.</summary>
    public bool TakesOffersWithoutKind => true;

    public string DeclinedText => PlanTexts.Template.Declined;

    public async Task<FileOfferOutcome> AcceptAsync(Activity activity, JsonElement context, CancellationToken cancellationToken)
    {
        // An accept can be forged by anyone who can post an invoke: the plan is uploaded only to those who may read it all.
        if (!await leaders.LeadsAnyProgrammeAsync(activity, cancellationToken))
        {
            return FileOfferOutcome.Refused(PlanTexts.Template.OnlyLeaders);
        }

        var content = await template.BuildAsync(activity.TenantId ?? "", cancellationToken);
        return FileOfferOutcome.Ready(new OfferedFile(content, PlanTexts.Template.Sent, PlanTexts.Template.FileName, "xlsx", "template-file"));
    }
}
