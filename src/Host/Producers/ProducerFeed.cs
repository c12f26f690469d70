using DataInclusion.Normalize;

namespace DataInclusion.Host.Producers;

/// <summary>
/// What we pull for a producer: a structures and/or a services file, or one classeur (XLSX with both sheets), and an
/// optional cron. No URL at all: the producer only pushes, and has no recurring job.
/// </summary>
internal sealed record ProducerFeed(string? StructuresUrl, string? ServicesUrl, string? ClasseurUrl, string? Schedule)
{
    public static ProducerFeed None { get; } = new(null, null, null, null);

    public bool IsPulled => Streams.Count > 0;

    /// <summary>Stream name (as <see cref="V1FeedMapper"/> reads them) → URL.</summary>
    public IReadOnlyDictionary<string, string> Streams
    {
        get
        {
            var streams = new Dictionary<string, string>(StringComparer.Ordinal);
            Add(streams, V1FeedMapper.StructuresStream, StructuresUrl);
            Add(streams, V1FeedMapper.ServicesStream, ServicesUrl);
            Add(streams, V1FeedMapper.WorkbookStream, ClasseurUrl);
            return streams;
        }
    }

    /// <summary>
    /// Why this feed cannot be registered, or null. Only absolute http(s) URLs: the v1 connector also reads local paths,
    /// which must stay an operator's privilege, never something a producer can point us at.
    /// </summary>
    public string? Problem()
    {
        if (ClasseurUrl is not null && (StructuresUrl is not null || ServicesUrl is not null))
        {
            return "un classeur contient les deux feuilles : déclarez soit un classeur, soit des URL structures/services, pas les deux";
        }

        foreach (var (stream, url) in Streams)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return $"l'URL {stream} « {url} » n'est pas une URL http(s) absolue";
            }
        }

        if (Schedule is not null && !IsPulled)
        {
            return "une planification demande au moins une URL de flux";
        }

        return null;
    }

    private static void Add(Dictionary<string, string> streams, string stream, string? url)
    {
        if (!string.IsNullOrWhiteSpace(url))
        {
            streams[stream] = url.Trim();
        }
    }
}
