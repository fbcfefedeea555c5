using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ComplaintBot.Bot.Hosting;

/// <summary>
/// The <c>Proxy</c> configuration section: the reverse proxies or load balancers (App Service front ends, an AKS
/// ingress) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are believed.
/// </summary>
/// <remarks>
/// Behind a proxy every request arrives from the proxy's address, so per-client rate limits would put all users in
/// one bucket and the page's own <c>https</c> origin would look foreign. Only a listed proxy may say otherwise: a
/// header from anyone else is ignored, or any client could pick its own address and escape its limit.
/// </remarks>
public sealed class ProxyOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Proxy";

    /// <summary>Gets the addresses of trusted proxies, e.g. <c>10.0.0.4</c>.</summary>
    /// <value>IPv4 or IPv6 addresses. Default none: forwarded headers are ignored.</value>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Gets the networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    /// <value>Networks. Default none.</value>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Gets or sets how many proxies in a row may have added to <c>X-Forwarded-For</c>.</summary>
    /// <value>Default 1: one load balancer in front of the host.</value>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Gets a value indicating whether any proxy is trusted at all.</summary>
    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>Gets the trusted proxy addresses, parsed.</summary>
    /// <returns>The addresses.</returns>
    public IEnumerable<IPAddress> ProxyAddresses() => KnownProxies.Select(text => IPAddress.Parse(text.Trim()));

    /// <summary>Gets the trusted networks, parsed.</summary>
    /// <returns>The networks.</returns>
    public IEnumerable<IPNetwork> ProxyNetworks() => KnownNetworks.Select(text => IPNetwork.Parse(text.Trim()));

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var text in KnownProxies.Where(text => !IPAddress.TryParse(text?.Trim(), out _)))
        {
            yield return new ValidationResult($"Proxy:KnownProxies holds '{text}', which is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var text in KnownNetworks.Where(text => !IPNetwork.TryParse(text?.Trim(), out _)))
        {
            yield return new ValidationResult($"Proxy:KnownNetworks holds '{text}', which is not a network in CIDR notation (10.0.0.0/24).", [nameof(KnownNetworks)]);
        }
    }
}
