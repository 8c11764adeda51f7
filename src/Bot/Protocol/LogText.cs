using System.Text;
using System.Text.RegularExpressions;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// Text that came with a request (token claims, card data, names) is never written into a log line
/// as it came: an attacker could plant text in the log, and a name is personal data.
/// </summary>
public static partial class LogText
{
    private const int MaxLength = 200;

    /// <summary>
    /// A refusal reason with every quoted value (<c>'…'</c> or <c>"…"</c>: an issuer, a key id, a channel
    /// id taken from the request) replaced by <c>'…'</c>, control characters dropped, and cut to a bounded length.
    /// </summary>
    public static string Redact(string? reason)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return "";
        }

        var redacted = Quoted().Replace(reason, "'…'");
        var text = new StringBuilder(Math.Min(redacted.Length, MaxLength));
        foreach (var ch in redacted)
        {
            if (text.Length == MaxLength)
            {
                text.Append('…');
                break;
            }

            text.Append(char.IsControl(ch) ? ' ' : ch);
        }

        return text.ToString();
    }

    // A quote that opens a value follows no letter or digit, so "the bot's app id" is left alone.
    [GeneratedRegex("""(?<![\w])'[^']*('|$)|(?<![\w])"[^"]*("|$)""")]
    private static partial Regex Quoted();
}
