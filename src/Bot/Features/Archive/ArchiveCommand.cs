using System.Text.RegularExpressions;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Archive;

/// <summary>
/// <c>arkiv</c> in a team channel: a leader gets a card with the team's private channels to file
/// documents into; <c>arkiv &lt;kanalnavn&gt;</c> chooses one directly.
/// </summary>
public sealed partial class ArchiveCommand(ArchiveChoice choice, Replies replies) : IMessageCommand
{
    public bool Matches(string text) => Verb().IsMatch(text);

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var context = await choice.ContextAsync(activity, cancellationToken);
        if (context is null)
        {
            return;
        }

        if (context.Channels.Count == 0)
        {
            await replies.ReplyTextAsync(activity, ArchiveTexts.NoPrivateChannels, cancellationToken);
            return;
        }

        var typed = Verb().Replace(text, "").Trim().Trim('«', '»', '"', '\'').Trim();
        if (typed.Length > 0)
        {
            var named = context.Channels.FirstOrDefault(c => string.Equals(c.Name.Trim(), typed, StringComparison.OrdinalIgnoreCase));
            if (named is not null)
            {
                await choice.ChooseAsync(activity, context, named, cancellationToken);
                return;
            }

            await replies.ReplyTextAsync(activity, ArchiveTexts.NoSuchChannel(typed), cancellationToken);
        }

        await choice.ShowCardAsync(activity, context, cancellationToken);
    }

    [GeneratedRegex(@"^arkiv(\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();
}
