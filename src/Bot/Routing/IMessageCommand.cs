using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Routing;

/// <summary>A text command such as <c>hjelp</c>. <paramref name="text"/> has the bot mention stripped.</summary>
public interface IMessageCommand
{
    bool Matches(string text);

    Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken);
}
