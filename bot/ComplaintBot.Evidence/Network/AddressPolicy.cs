using System.Net;
using System.Net.Sockets;

namespace ComplaintBot.Evidence.Network;

/// <summary>
/// Which addresses a download may never reach unless its host is explicitly allowed: everything that is not a
/// public unicast address, so a crafted URL cannot make the bot probe its own network or the cloud metadata service.
/// </summary>
internal static class AddressPolicy
{
    public static bool IsBlocked(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IsBlockedV4(address.GetAddressBytes());
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        // IPv4 carried inside IPv6 is judged as the IPv4 address it reaches.
        if (address.IsIPv4MappedToIPv6)
        {
            return IsBlockedV4(address.MapToIPv4().GetAddressBytes());
        }

        var b = address.GetAddressBytes();
        if (IsEmbeddingV4(b, out var embedded))
        {
            return IsBlockedV4(embedded);
        }

        return IPAddress.IPv6Loopback.Equals(address)
            || IPAddress.IPv6None.Equals(address)
            || (b[0] & 0xFE) == 0xFC                      // fc00::/7 unique local
            || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)    // fe80::/10 link-local
            || (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)    // fec0::/10 old site-local
            || b[0] == 0xFF;                              // ff00::/8 multicast
    }

    private static bool IsBlockedV4(byte[] b) =>
        b[0] == 0                                         // 0.0.0.0/8 "this network", incl. unspecified
        || b[0] == 10                                     // 10/8 private
        || b[0] == 127                                    // 127/8 loopback
        || (b[0] == 100 && (b[1] & 0xC0) == 64)           // 100.64/10 carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)                   // 169.254/16 link-local, incl. cloud metadata
        || (b[0] == 172 && (b[1] & 0xF0) == 16)           // 172.16/12 private
        || (b[0] == 192 && b[1] == 168)                   // 192.168/16 private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)        // 192.0.0/24 protocol assignments
        || (b[0] == 198 && (b[1] & 0xFE) == 18)           // 198.18/15 benchmarking
        || b[0] >= 224;                                   // multicast, reserved and broadcast

    // IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) all reach an IPv4 address.
    private static bool IsEmbeddingV4(byte[] b, out byte[] v4)
    {
        v4 = [];
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1))
        {
            v4 = b[12..16];
            return true;
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            v4 = b[12..16];
            return true;
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            v4 = b[2..6];
            return true;
        }

        return false;
    }
}
