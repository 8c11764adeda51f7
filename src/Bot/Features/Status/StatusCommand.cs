using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// <c>status</c> (a leader): every open and recently closed round they lead, of every kind. In their 1:1
/// chat with names, «Purr» and «Send på nytt»; in a channel counts only. Anyone else is refused.
/// </summary>
public sealed class StatusCommand(StatusService status, Replies replies) : IMessageCommand
{
    private static readonly string[] Words = ["status", "purring", "purr"];

    public bool Matches(string text) => Words.Contains(text.Trim().TrimEnd('!', '.').ToLowerInvariant());

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var (card, refusal) = await status.ShowAsync(activity, null, cancellationToken);
        if (card is null)
        {
            await replies.ReplyTextAsync(activity, refusal ?? "", cancellationToken);
            return;
        }

        await replies.ReplyCardAsync(activity, card, "status", cancellationToken);
    }
}
