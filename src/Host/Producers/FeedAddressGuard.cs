using System.Net;
using System.Net.Sockets;
using DataInclusion.Host.Validation;

namespace DataInclusion.Host.Producers;

/// <summary>
/// A producer may not point our fetcher at our own network: a feed URL registered through the producers' API must
/// resolve only to public addresses: the validator's rule for a fetch by URL (<see cref="PrivateAddresses"/>: no
/// loopback, private, link-local — cloud metadata —, unique-local or multicast ones).
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

            if (addresses.Length == 0 || addresses.Any(PrivateAddresses.Contains))
            {
                return $"l'URL {stream} désigne une adresse interne ({host}) : déclarez une URL publique";
            }
        }

        return null;
    }
}
