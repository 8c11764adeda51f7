using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Booking;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>«Book tidspunkt», «Flytt», «Avlys» as Universal Actions (<c>adaptiveCard/action</c>): the person sees a short answer; the channel gets the confirmation.</summary>
public sealed class BookingInvokeHandler(BookingActions actions) : IActivityHandler
{
    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) && activity.Name == "adaptiveCard/action" && BookingVerbs.IsBookingVerb(SubmitData.Verb(activity.Value));

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken) =>
        InvokeResponses.Message((await actions.RunAsync(activity, cancellationToken)).Text);
}

/// <summary>The same clicks as plain Action.Submit messages (clients without Universal Actions): the answer is a reply in the thread.</summary>
public sealed class BookingSubmitHandler(BookingActions actions, Replies replies) : IActivityHandler
{
    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && BookingVerbs.IsBookingVerb(SubmitData.Verb(activity.Value));

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reply = await actions.RunAsync(activity, cancellationToken);
        if (!reply.Saved)
        {
            await replies.ReplyTextAsync(activity, reply.Text, cancellationToken);
        }

        return null;
    }
}
