using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// The meeting leader's side: every sak with its description and author, and the saksliste's order
/// («Flytt opp», «Flytt ned», «Ta ut», «Ta med igjen»). Leaders are the round's leaders (team owners and
/// configured coordinators, from the roster and configuration); anyone else is refused.
/// </summary>
public sealed class SakerLeaderService(SakerRounds rounds, SakerService saker, SakerOrder order, ILogger<SakerLeaderService> logger)
{
    /// <summary>The leader's card for the round (from a button), or for the newest saker round they lead.</summary>
    public async Task<SakerReply> ListAsync(Activity activity, string? roundId, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        SakerRound? round;
        if (roundId is null)
        {
            var led = await rounds.RoundsOfAsync(activity.TenantId ?? "", user.Id, user.EntraObjectId, leadersOnly: true, cancellationToken);
            round = led.Count > 0 ? led[0] : null;
            if (round is null)
            {
                return SakerReply.Say(SakerTexts.OnlyLeaders);
            }
        }
        else
        {
            round = (await saker.RoundOfAsync(activity, roundId, cancellationToken)).Round;
            if (round is null)
            {
                return SakerReply.Say(SakerTexts.RoundNotFound);
            }
        }

        return round.IsLeader(user.Id, user.EntraObjectId)
            ? SakerReply.Show(SakerLeaderCard.Build(SakerViews.Leader(round, await OrderedAsync(round, cancellationToken))))
            : SakerReply.Say(SakerTexts.OnlyLeaders);
    }

    public async Task<SakerReply> ChangeAsync(Activity activity, SakerChange change, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var (round, _) = await saker.RoundOfAsync(activity, SubmitData.Field(activity.Value, SakerVerbs.RoundId), cancellationToken);
        if (round is null)
        {
            return SakerReply.Say(SakerTexts.RoundNotFound);
        }

        if (!round.IsLeader(user.Id, user.EntraObjectId))
        {
            return SakerReply.Say(SakerTexts.OnlyLeaders);
        }

        var all = await rounds.SakerAsync(round, cancellationToken);
        if (!await order.ChangeAsync(round.Id, all, SubmitData.Field(activity.Value, SakerVerbs.Item) ?? "", change, user.Id, cancellationToken))
        {
            return SakerReply.Say(SakerTexts.ItemGone);
        }

        SakerLog.OrderChanged(logger, round.Id, change.ToString());
        return SakerReply.Show(SakerLeaderCard.Build(SakerViews.Leader(round, await order.OrderedAsync(round.Id, all, cancellationToken))));
    }

    /// <summary>Every sak in the leader's order, with whether it is dropped.</summary>
    public async Task<IReadOnlyList<(Sak Sak, bool Dropped)>> OrderedAsync(SakerRound round, CancellationToken cancellationToken) =>
        await order.OrderedAsync(round.Id, await rounds.SakerAsync(round, cancellationToken), cancellationToken);
}
