using System.Buffers.Text;
using System.Security.Cryptography;

namespace SkoleUtvikling.Testing.Auth;

/// <summary>An RSA key the key server publishes, with the channels it is endorsed for.</summary>
public sealed class TestSigningKey : IDisposable
{
    public TestSigningKey(string keyId, IReadOnlyList<string> endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        Rsa = RSA.Create(2048);
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RSA Rsa { get; }

    /// <summary>The JWK as login.botframework.com publishes it: <c>endorsements</c> only when there are any.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public void Dispose() => Rsa.Dispose();
}
