using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary><c>notater</c>: a leader's rounds with counts and «Vis notater», in their 1:1 chat.</summary>
public sealed class RoundNotesCommand(ReflectionLeaderService leaders, PrivateAnswers answers, Replies replies) : IMessageCommand
{
    private static readonly string[] Words = ["notater", "refleksjonsnotater"];

    public bool Matches(string text) => Words.Contains(text.Trim().TrimEnd('!', '.').ToLowerInvariant());

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var reply = await leaders.RoundListAsync(activity, cancellationToken);
        if (reply.Card is null)
        {
            await replies.ReplyTextAsync(activity, reply.Text ?? "", cancellationToken);
            return;
        }

        await answers.SendAsync(activity, reply.Card, "round-list", ReflectionTexts.SentPrivately, cancellationToken);
    }
}
