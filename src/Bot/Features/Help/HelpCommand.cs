using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Help;

namespace SkoleUtvikling.Bot.Features.Help;

/// <summary><c>hjelp</c>: the help card, with extra lines for leaders.</summary>
public sealed class HelpCommand(LeaderDirectory leaders, Replies replies) : IMessageCommand
{
    private static readonly string[] Words = ["hjelp", "help", "?"];

    public bool Matches(string text) => Words.Contains(text.Trim().TrimEnd('!', '.').ToLowerInvariant());

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var isLeader = await leaders.SeesLeaderHelpAsync(activity, cancellationToken);
        await replies.ReplyCardAsync(activity, HelpCard.Build(isLeader), "help", cancellationToken);
    }
}
