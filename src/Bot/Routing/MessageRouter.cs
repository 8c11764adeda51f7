using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Routing;

/// <summary>Routes typed messages to the first matching command; anything else gets a short pointer to <c>hjelp</c>.</summary>
public sealed class MessageRouter(IEnumerable<IMessageCommand> commands, Replies replies) : IActivityHandler
{
    private readonly IMessageCommand[] _commands = [.. commands];

    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && !string.IsNullOrWhiteSpace(activity.Text);

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = MentionText.WithoutBotMention(activity);
        var command = _commands.FirstOrDefault(c => c.Matches(text));
        if (command is null)
        {
            await replies.ReplyTextAsync(activity, RoutingTexts.NotUnderstood, cancellationToken);
            return null;
        }

        await command.HandleAsync(activity, text, cancellationToken);
        return null;
    }
}
