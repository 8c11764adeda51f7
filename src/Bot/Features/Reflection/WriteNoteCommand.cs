using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary><c>notat</c>: the form for the round the person should answer next, in their 1:1 chat.</summary>
public sealed class WriteNoteCommand(ReflectionService notes, PrivateAnswers answers, Replies replies) : IMessageCommand
{
    private static readonly string[] Words = ["notat", "skriv notat", "refleksjonsnotat", "skriv refleksjonsnotat"];

    public bool Matches(string text) => Words.Contains(text.Trim().TrimEnd('!', '.').ToLowerInvariant());

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var roundId = await notes.NextOpenRoundAsync(activity, cancellationToken);
        if (roundId is null)
        {
            await replies.ReplyTextAsync(activity, ReflectionTexts.NoOpenRounds, cancellationToken);
            return;
        }

        var reply = await notes.OpenAsync(activity, roundId, ReflectionFormSurface.Inline, cancellationToken);
        if (reply.Card is null)
        {
            await replies.ReplyTextAsync(activity, reply.Text ?? "", cancellationToken);
            return;
        }

        await answers.SendAsync(activity, reply.Card, "reflection-form", ReflectionTexts.FormInPersonalChat, cancellationToken);
    }
}
