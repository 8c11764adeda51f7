using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// <c>mal</c> in a 1:1 chat: offers the Excel template (filled with the published plan, if any) through
/// Teams' file consent card; <see cref="PlanTemplateOffer"/> fills it once the user accepts.
/// </summary>
public sealed class TemplateCommand(Replies replies, PlanTemplateFile template, Leaders.LeaderDirectory leaders) : IMessageCommand
{
    public const string ContentType = FileConsent.ConsentContentType;
    public const string ContextKind = "plan-template";

    public bool Matches(string text) => string.Equals(text.Trim(), "mal", StringComparison.OrdinalIgnoreCase);

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.ConversationType is not (null or ConversationTypes.Personal))
        {
            await replies.ReplyTextAsync(activity, PlanTexts.Template.OnlyPersonal, cancellationToken);
            return;
        }

        // The template carries the whole published plan: for those who may read it all, like «plan alle».
        if (!await leaders.LeadsAnyProgrammeAsync(activity, cancellationToken))
        {
            await replies.ReplyTextAsync(activity, PlanTexts.Template.OnlyLeaders, cancellationToken);
            return;
        }

        var bytes = await template.BuildAsync(activity.TenantId ?? "", cancellationToken);
        var context = new JsonObject { ["kind"] = ContextKind };
        var consent = FileConsent.Offer(PlanTexts.Template.FileName, PlanTexts.Template.Description, bytes.Length, context);
        await replies.ReplyAsync(activity, consent, "template-consent", cancellationToken);
    }
}
