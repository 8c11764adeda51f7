using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SkoleUtvikling.Testing.Auth;

/// <summary>
/// A self-signed TLS certificate for the loopback fakes. Azure.Identity only talks to an https
/// authority, even on loopback, so the token endpoint needs one. Names: loopback plus the
/// <see cref="LoopbackHttpHandler"/> aliases, so a test can call "https://smba.trafficmanager.net".
/// </summary>
public static class TestCertificate
{
    private static readonly Lazy<X509Certificate2> Lazy = new(Create);

    public static X509Certificate2 Instance => Lazy.Value;

    /// <summary>True for this certificate only; everything else gets the platform's normal verdict.</summary>
    public static bool IsThis(X509Certificate? certificate) =>
        certificate is not null && string.Equals(certificate.GetCertHashString(), Instance.Thumbprint, StringComparison.OrdinalIgnoreCase);

    private static X509Certificate2 Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=SkoleUtvikling test loopback", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        foreach (var alias in LoopbackHttpHandler.Aliases)
        {
            names.AddDnsName(alias);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        // Kestrel on Linux wants a certificate whose key came from a PFX, not an ephemeral one.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }
}
