using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Archive;

namespace SkoleUtvikling.Bot.Features.Archive;

/// <summary>«Bruk denne kanalen» on the archive card (Action.Submit: a message with a value).</summary>
public sealed class ArchiveChoiceHandler(ArchiveChoice choice, Replies replies) : IActivityHandler
{
    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && SubmitData.Verb(activity.Value) == ActionIds.ArchiveChoose;

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var context = await choice.ContextAsync(activity, cancellationToken);
        if (context is null)
        {
            return null;
        }

        var chosenId = ArchiveCard.ChosenChannelId(activity.Value);
        var channel = context.Channels.FirstOrDefault(c => c.Id == chosenId);
        if (channel is null)
        {
            await replies.ReplyTextAsync(activity, ArchiveTexts.UnknownChoice, cancellationToken);
            return null;
        }

        await choice.ChooseAsync(activity, context, channel, cancellationToken);
        return null;
    }
}
