using System.Net;
using System.Net.Http.Headers;
using ComplaintBot.Evidence.Refusals;
using ComplaintBot.Evidence.Sources;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ComplaintBot.Evidence.Network;

/// <summary>
/// Fetches an http(s) source: each hop's host is resolved once and checked before anything connects, the
/// connection goes to the checked addresses, and redirects are followed by hand so every target is checked too.
/// Hops exempt from the address check go through <see cref="EvidenceHttpClients.EvidenceExempt"/>, the others
/// through <see cref="EvidenceHttpClients.Evidence"/>, so the two never share a connection.
/// </summary>
internal sealed class EvidenceDownloader(IHttpClientFactory clients, HostGuard guard, IBotTokenProvider tokens, EvidenceOptions options)
{
    /// <summary>Sends the request and returns the successful response, headers read and body not yet.</summary>
    /// <param name="source">The source; <see cref="EvidenceSource.HttpLocation"/> must be set.</param>
    /// <param name="service">The activity's service URL: its host and port (only those: the Emulator serves files from
    /// its own connector, but another port on the same loopback host is somebody else) are exempt from the address check.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The response, which the caller disposes.</returns>
    /// <exception cref="EvidenceRefusedException">When the source is refused or cannot be fetched.</exception>
    public async Task<HttpResponseMessage> GetAsync(EvidenceSource source, Uri? service, CancellationToken cancellationToken)
    {
        var uri = source.HttpLocation ?? throw new EvidenceRefusedException(EvidenceRefusalCodes.UnsupportedSource);
        var tokenHost = uri.IdnHost;
        var token = source.SendBotToken ? await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) : null;

        for (var hop = 0; ; hop++)
        {
            var host = uri.IdnHost;
            var exempt = IsExempt(uri, service);
            var addresses = await guard.ResolveCheckedAsync(host, exempt, cancellationToken).ConfigureAwait(false);

            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Options.Set(PinnedAddresses.Key, new PinnedAddresses(host, addresses));

            // A connection opened under an exemption may lead to a private address, so it must never carry a request
            // that was checked without one (a name that resolved privately for the service host, publicly later):
            // exempt hops have a client, and so a connection pool, of their own. Each hop chooses afresh.
            var client = clients.CreateClient(exempt ? EvidenceHttpClients.EvidenceExempt : EvidenceHttpClients.Evidence);

            // The token only ever goes to the host it was meant for, never to a redirect target elsewhere.
            if (token is not null && string.Equals(host, tokenHost, StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var response = await SendAsync(client, request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            var location = response.Headers.Location;
            var isRedirect = IsRedirect(response.StatusCode);
            response.Dispose();
            if (!isRedirect || location is null || hop >= options.MaxRedirects)
            {
                throw new EvidenceRefusedException(EvidenceRefusalCodes.Unreachable);
            }

            uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
            if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            {
                throw new EvidenceRefusedException(EvidenceRefusalCodes.BlockedAddress);
            }
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refusal)
        {
            throw refusal;
        }
        catch (HttpRequestException ex)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.Unreachable, ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.Timeout, ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.Unreachable, ex);
        }
    }

    // The connect callback refuses by throwing; the handler wraps that in an HttpRequestException.
    private static EvidenceRefusedException? FindRefusal(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is EvidenceRefusedException refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private bool IsExempt(Uri location, Uri? service) =>
        (service is not null && string.Equals(location.IdnHost, service.IdnHost, StringComparison.OrdinalIgnoreCase) && location.Port == service.Port)
        || options.AllowedHosts.Any(h => string.Equals(h?.Trim().Trim('[', ']'), location.IdnHost.Trim('[', ']'), StringComparison.OrdinalIgnoreCase));
}
