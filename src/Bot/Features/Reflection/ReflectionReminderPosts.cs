using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>A round's reminders as a kind of fired post: keys in <see cref="ReflectionReminderKeys"/>' format.</summary>
public sealed class ReflectionReminderPosts(ReflectionReminders reminders) : IFiredPostHandler
{
    public bool Claims(string postKey) => ReflectionReminderKeys.IsRoundKey(postKey);

    public Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken) =>
        reminders.SendAsync(postKey, cancellationToken);
}
