using System.Text.RegularExpressions;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>The text a user typed, without the <c>&lt;at&gt;Bot&lt;/at&gt;</c> mention Teams puts in channel messages.</summary>
public static partial class MentionText
{
    public static string WithoutBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.Entities ?? [])
        {
            if (string.Equals(mention.Type, "mention", StringComparison.OrdinalIgnoreCase)
                && mention.Mentioned?.Id == botId
                && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, "", StringComparison.Ordinal);
            }
        }

        // Some clients send a leading mention without an entity (or with another display name).
        text = LeadingAtTag().Replace(text, "");
        return Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
