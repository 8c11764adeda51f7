using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>One place that maps a reflection card verb to what it does, whichever way the click arrived.</summary>
public sealed class ReflectionActions(ReflectionService notes, ReflectionLeaderService leaders)
{
    public const string VerbPrefix = "reflection.";

    public static bool IsReflectionVerb(string? verb) => verb?.StartsWith(VerbPrefix, StringComparison.Ordinal) == true;

    public Task<ReflectionReply> RunAsync(Activity activity, ReflectionFormSurface surface, ReceiptDelivery delivery, CancellationToken cancellationToken)
    {
        var roundId = SubmitData.Field(activity.Value, ReflectionFields.RoundId);
        return SubmitData.Verb(activity.Value) switch
        {
            ActionIds.ReflectionOpen => notes.OpenAsync(activity, roundId, surface, cancellationToken),
            ActionIds.ReflectionSubmit => notes.SubmitAsync(activity, surface, delivery, cancellationToken),
            ActionIds.ReflectionEdit => notes.OpenAsync(activity, roundId, ReflectionFormSurface.Inline, cancellationToken),
            ActionIds.ReflectionRefresh => notes.ReceiptAsync(activity, roundId, cancellationToken),
            ActionIds.ReflectionRoundShow => leaders.ShowRoundAsync(activity, roundId, cancellationToken),
            ActionIds.ReflectionSharePlenum => leaders.SharePicksAsync(activity, cancellationToken),
            ActionIds.ReflectionRoundDocument => leaders.RoundDocumentAsync(activity, roundId, cancellationToken),
            _ => Task.FromResult(ReflectionReply.Refused(Routing.RoutingTexts.NotUnderstood)),
        };
    }
}
