using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>
/// A self-signed TLS certificate for 127.0.0.1, made in memory for one test run, and the only client that trusts
/// it: one that compares the server's certificate with this one's SHA-256 thumbprint. Nothing is added to any
/// certificate store, so no other client on the machine (nor the host under test) trusts it by accident.
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private LoopbackCertificate(X509Certificate2 certificate)
    {
        Certificate = certificate;
        Thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>Gets the SHA-256 thumbprint, upper-case hex.</summary>
    public string Thumbprint { get; }

    public static LoopbackCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = TimeProvider.System.GetUtcNow();
        return new LoopbackCertificate(request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(2)));
    }

    /// <summary>
    /// A handler that accepts exactly this certificate. The chain is allowed to be untrusted (it is self-signed),
    /// nothing else: a name mismatch or any other certificate fails the handshake.
    /// </summary>
    public SocketsHttpHandler CreatePinnedHandler() => new()
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None
                && certificate is not null
                && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), Thumbprint, StringComparison.Ordinal),
        },
    };

    public void Dispose() => Certificate.Dispose();
}
