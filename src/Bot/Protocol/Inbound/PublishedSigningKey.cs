using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// One key from a JWKS document, with the channels it is endorsed for. Bot Framework keys carry an
/// extra <c>endorsements</c> array (protocol.md §1); Microsoft.IdentityModel keeps unknown JWK members
/// in <see cref="JsonWebKey.AdditionalData"/>, which is where it is read from.
/// </summary>
public sealed class PublishedSigningKey
{
    private const string EndorsementsMember = "endorsements";

    public PublishedSigningKey(JsonWebKey key)
    {
        Key = key;
        Endorsements = ReadEndorsements(key);
    }

    public JsonWebKey Key { get; }

    public IReadOnlySet<string> Endorsements { get; }

    /// <summary>Bot Builder compares endorsements to the channel id ordinally (EndorsementsValidator.cs).</summary>
    public bool IsEndorsedFor(string? channelId) => !string.IsNullOrEmpty(channelId) && Endorsements.Contains(channelId);

    private static HashSet<string> ReadEndorsements(JsonWebKey key)
    {
        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        if (key.AdditionalData.TryGetValue(EndorsementsMember, out var value) && value is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } channel)
                {
                    endorsements.Add(channel);
                }
            }
        }

        return endorsements;
    }
}
