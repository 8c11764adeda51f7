using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Status;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// <c>status</c>, «Purr», «Send på nytt»: the engine's one status query and one chase mechanism, for
/// whoever leads the rounds (decided by the query, never by the card's data). Names only in a 1:1 chat.
/// </summary>
public sealed class StatusService(RoundStatusQuery query, RoundChases chases, TimeProvider time, ILogger<StatusService> logger)
{
    /// <summary>The status card, or null with a refusal for someone who leads no round.</summary>
    public async Task<(JsonObject? Card, string? Refusal)> ShowAsync(Activity activity, string? notice, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var rounds = await query.LedAsync(activity.TenantId ?? "", user.Id, user.EntraObjectId, cancellationToken);
        if (rounds.Count == 0)
        {
            StatusLog.Refused(logger, user.Id);
            return (null, StatusTexts.OnlyLeaders);
        }

        var showNames = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        StatusLog.Shown(logger, user.Id, rounds.Count, showNames);
        return (StatusCard.Build(StatusViews.Card(rounds, showNames, time.GetUtcNow(), notice)), null);
    }

    /// <summary>A click on the status card: chase, resend or refresh; then the card as it is now.</summary>
    public async Task<(JsonObject? Card, string? Refusal)> ActAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var verb = SubmitData.Verb(activity.Value);
        var roundId = SubmitData.Field(activity.Value, StatusVerbs.RoundId) ?? "";
        var status = await query.LedRoundAsync(activity.TenantId ?? "", roundId, user.Id, user.EntraObjectId, cancellationToken);
        if (status is null)
        {
            StatusLog.Refused(logger, user.Id);
            return (null, StatusTexts.RoundGone);
        }

        // Chasing names people: only from a 1:1 chat (the card with names is only ever there).
        var personal = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        string? notice = null;
        if (verb == StatusVerbs.Chase && personal)
        {
            var person = SubmitData.Field(activity.Value, StatusVerbs.PersonInput(roundId)) ?? SubmitData.Field(activity.Value, StatusVerbs.Person);
            person = string.IsNullOrWhiteSpace(person) || person.Trim() == StatusVerbs.Everyone ? null : person.Trim();
            if (person is not null && !status.Missing.Any(p => string.Equals(p.UserId, person, StringComparison.OrdinalIgnoreCase)))
            {
                notice = StatusTexts.NotMissing;
            }
            else
            {
                var result = await chases.ChaseAsync(status.Round, person, cancellationToken);
                StatusLog.Chased(logger, roundId, user.Id, result.Queued, result.AlreadyToday);
                notice = result is { Queued: 0, AlreadyToday: 0 } && result.Unreachable > 0 && !status.Missing.Any(m => m.LastChase is not null)
                    ? StatusTexts.Chased(0, 0, result.Unreachable)
                    : StatusTexts.Chased(result.Queued, result.AlreadyToday, result.Unreachable);
            }
        }
        else if (verb == StatusVerbs.Resend && personal)
        {
            var result = await chases.ResendFailedAsync(status, cancellationToken);
            notice = result.Queued == 0 ? StatusTexts.NothingToResend : StatusTexts.Resent(result.Queued);
        }

        return await ShowAsync(activity, notice, cancellationToken);
    }
}
