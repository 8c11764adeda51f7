using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Bot.Routing;

/// <summary>The one way Quartz firings reach the bot: a round's reminders, or else a plan post.</summary>
public sealed class FiredPostRouter(PlanPostDispatcher plan, ReflectionReminders reminders) : IPostDispatcher
{
    public Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken) =>
        ReflectionReminderKeys.IsRoundKey(postKey)
            ? reminders.SendAsync(postKey, cancellationToken)
            : plan.DispatchAsync(postKey, scheduledFireUtc, late, cancellationToken);
}
