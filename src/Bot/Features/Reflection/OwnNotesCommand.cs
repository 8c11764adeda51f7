using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary><c>mine notater</c>: the person's own notes, in their 1:1 chat.</summary>
public sealed class OwnNotesCommand(ReflectionService notes, PrivateAnswers answers) : IMessageCommand
{
    private static readonly string[] Words = ["mine notater", "mine refleksjonsnotater"];

    public bool Matches(string text) => Words.Contains(text.Trim().TrimEnd('!', '.').ToLowerInvariant());

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken) =>
        await answers.SendAsync(activity, await notes.OwnNotesAsync(activity, cancellationToken), "own-notes", ReflectionTexts.SentPrivately, cancellationToken);
}
