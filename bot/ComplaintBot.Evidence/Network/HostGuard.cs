using System.Net;
using System.Net.Sockets;
using ComplaintBot.Evidence.Refusals;

namespace ComplaintBot.Evidence.Network;

/// <summary>Resolves a host once and refuses it when any address is not public, unless the host is exempt.</summary>
internal sealed class HostGuard(IHostAddressResolver resolver)
{
    /// <summary>Resolves and checks a host.</summary>
    /// <param name="host">A host name or address literal (IPv6 with or without brackets).</param>
    /// <param name="exempt">True for the activity's own service host and configured allowed hosts.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The checked addresses.</returns>
    /// <exception cref="EvidenceRefusedException"><c>blocked_address</c> or <c>unreachable</c>.</exception>
    public async Task<IReadOnlyList<IPAddress>> ResolveCheckedAsync(string host, bool exempt, CancellationToken cancellationToken)
    {
        var bare = host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(bare, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolver.ResolveAsync(bare, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                throw new EvidenceRefusedException(EvidenceRefusalCodes.Unreachable, ex);
            }
        }

        if (addresses.Length == 0)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.Unreachable);
        }

        // One bad answer refuses the host: trying only the good ones would let a mixed answer pick its target.
        if (!exempt && addresses.Any(AddressPolicy.IsBlocked))
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.BlockedAddress);
        }

        return addresses;
    }
}
