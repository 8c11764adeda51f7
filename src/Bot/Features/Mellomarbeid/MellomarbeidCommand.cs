using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// <c>mellomarbeid</c>: the agreement form for a member of the veilederteam (in its channel the form goes
/// to their 1:1 chat); <c>mellomarbeid status</c>: every school's newest round at a glance.
/// </summary>
public sealed class MellomarbeidCommand(MellomarbeidService service, Replies replies) : IMessageCommand
{
    public bool Matches(string text) => Normal(text) is "mellomarbeid" or "mellomarbeid status";

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var status = Normal(text) == "mellomarbeid status";
        var reply = status ? await service.StatusAsync(activity, cancellationToken) : await service.AgreementFormAsync(activity, cancellationToken);
        await MellomarbeidSubmitHandler.AnswerAsync(replies, activity, reply, status ? "mellomarbeid-status" : "mellomarbeid-avtale", cancellationToken);
    }

    private static string Normal(string text) => string.Join(' ', text.Trim().TrimEnd('!', '.').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
