using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SkoleUtvikling.Testing.Auth;

/// <summary>Builds compact JWS tokens byte by byte, so tests can also make the broken ones (alg none, HS256, forged).</summary>
public static class TokenMinter
{
    public static string SignRsa(TokenSpec spec, RSA key)
    {
        var signingInput = SigningInput(spec, spec.Algorithm);
        var hash = spec.Algorithm switch
        {
            "RS256" => HashAlgorithmName.SHA256,
            "RS384" => HashAlgorithmName.SHA384,
            "RS512" => HashAlgorithmName.SHA512,
            _ => throw new ArgumentException($"RSA signing does not do '{spec.Algorithm}'.", nameof(spec)),
        };
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>An <c>alg: none</c> token: header and payload, empty signature.</summary>
    public static string WithoutSignature(TokenSpec spec) => SigningInput(spec, "none") + ".";

    /// <summary>An HS256 token, signed with a secret the caller chose (the classic algorithm-confusion attack).</summary>
    public static string SignHmac(TokenSpec spec, byte[] secret)
    {
        var signingInput = SigningInput(spec, "HS256");
        return signingInput + "." + Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput)));
    }

    private static string SigningInput(TokenSpec spec, string algorithm)
    {
        var header = new Dictionary<string, object> { ["alg"] = algorithm, ["typ"] = "JWT", ["kid"] = spec.KeyId };
        var payload = new Dictionary<string, object>(spec.Claims)
        {
            ["iss"] = spec.Issuer,
            ["aud"] = spec.Audience,
            ["nbf"] = spec.NotBefore.ToUnixTimeSeconds(),
            ["iat"] = spec.NotBefore.ToUnixTimeSeconds(),
            ["exp"] = spec.Expires.ToUnixTimeSeconds(),
        };
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
    }
}
