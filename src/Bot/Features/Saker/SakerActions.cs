using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>One place that maps a saker card verb to what it does, whichever way the click arrived.</summary>
public sealed class SakerActions(SakerService saker, SakerLeaderService leaders)
{
    public static bool IsSakerVerb(string? verb) => verb?.StartsWith(SakerVerbs.Prefix, StringComparison.Ordinal) == true;

    public Task<SakerReply> RunAsync(Activity activity, FormCardSurface surface, SakerReceiptDelivery delivery, CancellationToken cancellationToken)
    {
        var roundId = SubmitData.Field(activity.Value, SakerVerbs.RoundId);
        return SubmitData.Verb(activity.Value) switch
        {
            SakerVerbs.Open => saker.OpenAsync(activity, roundId, surface, cancellationToken),
            SakerVerbs.Submit => saker.SubmitAsync(activity, surface, delivery, cancellationToken),
            SakerVerbs.Edit => saker.OpenAsync(activity, roundId, FormCardSurface.Inline, cancellationToken),
            SakerVerbs.Refresh => saker.ReceiptAsync(activity, roundId, cancellationToken),
            SakerVerbs.List => leaders.ListAsync(activity, roundId, cancellationToken),
            SakerVerbs.MoveUp => leaders.ChangeAsync(activity, SakerChange.MoveUp, cancellationToken),
            SakerVerbs.MoveDown => leaders.ChangeAsync(activity, SakerChange.MoveDown, cancellationToken),
            SakerVerbs.Drop => leaders.ChangeAsync(activity, SakerChange.Drop, cancellationToken),
            SakerVerbs.Restore => leaders.ChangeAsync(activity, SakerChange.Restore, cancellationToken),
            _ => Task.FromResult(SakerReply.Say(Routing.RoutingTexts.NotUnderstood)),
        };
    }
}
