using System.Net;
using System.Net.Sockets;

namespace DataInclusion.Host.Validation;

/// <summary>
/// Addresses a public fetch must not reach: loopback, private (RFC 1918, ULA), link-local, shared, unspecified,
/// multicast. The one rule for both fetches a stranger can aim: the validator's by URL and a producer's feed
/// (<see cref="Producers.FeedAddressGuard"/>).
/// </summary>
internal static class PrivateAddresses
{
    public static bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] >= 64 && b[1] < 128,
            169 => b[1] == 254,
            172 => b[1] >= 16 && b[1] < 32,
            192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),
            >= 224 => true,
            _ => false,
        };
    }
}
