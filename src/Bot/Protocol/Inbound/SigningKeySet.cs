using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>The RSA signing keys of one fetch of an OpenID metadata document, by key id.</summary>
public sealed class SigningKeySet
{
    private readonly Dictionary<string, PublishedSigningKey> _byKeyId;

    public SigningKeySet(IEnumerable<JsonWebKey> keys, DateTimeOffset fetchedAt)
    {
        _byKeyId = new Dictionary<string, PublishedSigningKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var isRsaSigningKey = key.Kty == JsonWebAlgorithmsKeyTypes.RSA && (string.IsNullOrEmpty(key.Use) || key.Use == JsonWebKeyUseNames.Sig);
            if (isRsaSigningKey && !string.IsNullOrEmpty(key.Kid))
            {
                _byKeyId.TryAdd(key.Kid, new PublishedSigningKey(key));
            }
        }

        FetchedAt = fetchedAt;
    }

    public DateTimeOffset FetchedAt { get; }

    public int Count => _byKeyId.Count;

    public static SigningKeySet From(OpenIdConnectConfiguration configuration, DateTimeOffset fetchedAt) =>
        new(configuration.JsonWebKeySet?.Keys ?? [], fetchedAt);

    public PublishedSigningKey? Find(string keyId) => _byKeyId.GetValueOrDefault(keyId);
}
