using System.Text.RegularExpressions;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// <c>spørsmål Hva er budskapet? Hva betyr det for deg?</c> in a channel (leaders): the questions of the
/// channel's reflection notes from now on. Questions end with '?' or are separated by '|';
/// <c>spørsmål</c> alone shows them, <c>spørsmål standard</c> goes back to the default two.
/// </summary>
public sealed partial class QuestionsCommand(ReflectionQuestionSets questions, LeaderDirectory leaders, Replies replies, TimeProvider time) : IMessageCommand
{
    public const int MaxQuestions = 5;
    public const int MaxQuestionLength = 300;

    public bool Matches(string text) => Verb().IsMatch(text);

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var channelId = activity.ChannelData?.Channel?.Id ?? activity.Conversation?.RootId;
        if (activity.Conversation?.ConversationType != ConversationTypes.Channel || channelId is null)
        {
            await replies.ReplyTextAsync(activity, ReflectionTexts.QuestionsOnlyInChannels, cancellationToken);
            return;
        }

        var tenantId = activity.TenantId ?? "";
        var rest = Verb().Replace(text, "").Trim();
        if (rest.Length == 0)
        {
            var form = await questions.FormForAsync(tenantId, channelId, cancellationToken);
            await replies.ReplyTextAsync(activity, ReflectionTexts.CurrentQuestions([.. form.Fields.Select(f => f.Label)]), cancellationToken);
            return;
        }

        if (!await leaders.LeadsThisTeamAsync(activity, cancellationToken))
        {
            await replies.ReplyTextAsync(activity, ReflectionTexts.QuestionsOnlyLeaders, cancellationToken);
            return;
        }

        var reset = string.Equals(rest, "standard", StringComparison.OrdinalIgnoreCase);
        var parsed = reset ? [] : Parse(rest);
        if (!reset && (parsed.Count == 0 || parsed.Count > MaxQuestions || parsed.Any(q => q.Length > MaxQuestionLength)))
        {
            await replies.ReplyTextAsync(activity, ReflectionTexts.QuestionsInvalid(MaxQuestions, MaxQuestionLength), cancellationToken);
            return;
        }

        var setBy = activity.From?.EntraObjectId ?? activity.From?.Id ?? "";
        var updated = await questions.SetAsync(tenantId, channelId, reset ? null : parsed, setBy, time.GetUtcNow(), cancellationToken);
        await replies.ReplyTextAsync(activity, reset ? ReflectionTexts.QuestionsReset(updated) : ReflectionTexts.QuestionsSaved(parsed, updated), cancellationToken);
    }

    /// <summary>Splits on '|' and after each '?'; blank parts are dropped.</summary>
    public static IReadOnlyList<string> Parse(string text) =>
        [.. text.Split('|')
            .SelectMany(part => QuestionEnd().Split(part))
            .Select(q => q.Trim())
            .Where(q => q.Length > 0)];

    [GeneratedRegex(@"^(spørsmål|sporsmal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    [GeneratedRegex(@"(?<=\?)")]
    private static partial Regex QuestionEnd();
}
