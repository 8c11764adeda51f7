using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>Every round's reminders as a kind of fired post: keys in <see cref="RoundReminderKeys"/>' format.</summary>
public sealed class RoundReminderPosts(RoundReminders reminders) : IFiredPostHandler
{
    public bool Claims(string postKey) => RoundReminderKeys.IsRoundKey(postKey);

    public Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken) =>
        reminders.SendAsync(postKey, cancellationToken);
}
