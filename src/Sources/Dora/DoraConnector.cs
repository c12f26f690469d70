using DataInclusion.Sources.Http;
using DataInclusion.Sources.Paging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Sources.Dora;

/// <summary>
/// Structures and services of Dora from <c>GET /api/v2/structures/</c> and <c>/api/v2/services/</c>
/// (interop §2.1, data-inclusion §2.2): DRF token auth and DRF paging, v0-shaped records.
/// </summary>
public sealed class DoraConnector(ProducerClients http, DoraOptions options, ILogger<DoraConnector>? logger = null) : ISourceConnector
{
    public const string SourceId = "dora";

    /// <summary>Stream names and their path under <c>/api/v2/</c>.</summary>
    public static readonly IReadOnlyList<(string Stream, string Path)> Streams = [("structures", "structures/"), ("services", "services/")];

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Source => SourceId;

    public async Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            throw new SourceFetchException(SourceId, "*", null, "no API token: set DORA_API_TOKEN");
        }

        var root = new Uri(options.BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        var api = root.AbsolutePath.EndsWith("/api/v2/", StringComparison.Ordinal) ? root : new Uri(root, "api/v2/");
        var client = http.Api<IDoraApi>();
        var payloads = new List<RawPayload>();
        foreach (var (stream, path) in Streams)
        {
            var first = new Uri(api, $"{path}?page_size={options.PageSize}");
            var pages = await DrfPager.FetchAllAsync(http, client, options.Token, SourceId, stream, first, ct);
            SourceLog.StreamFetched(_logger, SourceId, stream, pages);
            payloads.AddRange(pages);
        }

        return payloads;
    }
}
