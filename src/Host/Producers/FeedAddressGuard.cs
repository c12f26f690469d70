using System.Net;
using System.Net.Sockets;

namespace DataInclusion.Host.Producers;

/// <summary>
/// A producer may not point our fetcher at our own network: a feed URL registered through the producers' API must
/// resolve only to public addresses (no loopback, private, link-local — cloud metadata — or unique-local ones).
/// Operators (CLI, admin page) are trusted and may register any http(s) URL.
/// </summary>
/// <remarks>Checked at registration: a host whose DNS later changes to a private address is not caught here.</remarks>
internal static class FeedAddressGuard
{
    /// <summary>Why the feed's hosts are not acceptable (French: the producer reads it), or null.</summary>
    public static async Task<string?> ProblemAsync(ProducerFeed feed, CancellationToken cancellationToken)
    {
        foreach (var (stream, url) in feed.Streams)
        {
            var host = new Uri(url).IdnHost;
            IPAddress[] addresses;
            try
            {
                addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            }
            catch (SocketException)
            {
                return $"l'hôte de l'URL {stream} « {host} » est introuvable";
            }

            if (addresses.Length == 0 || addresses.Any(IsInternal))
            {
                return $"l'URL {stream} désigne une adresse interne ({host}) : déclarez une URL publique";
            }
        }

        return null;
    }

    public static bool IsInternal(IPAddress address)
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
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] is 10 or 0 or 127
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }
}
