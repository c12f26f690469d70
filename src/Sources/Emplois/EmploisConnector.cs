using DataInclusion.Sources.Http;
using DataInclusion.Sources.Paging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Sources.Emplois;

/// <summary>
/// Structures of les emplois de l'inclusion from <c>GET /api/v1/data-inclusion/?type=siae|orga</c>
/// (emplois API §6, data-inclusion §2.3). Structures only: no candidate or personal-data endpoint is called.
/// </summary>
public sealed class EmploisConnector(ProducerClients http, EmploisOptions options, ILogger<EmploisConnector>? logger = null) : ISourceConnector
{
    public const string SourceId = "emplois-de-linclusion";

    /// <summary>Stream names, as in the data·inclusion raw tables and our mappers.</summary>
    public static readonly IReadOnlyList<(string Stream, string Type)> Streams = [("siaes", "siae"), ("organisations", "orga")];

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Source => SourceId;

    public async Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            throw new SourceFetchException(SourceId, "*", null, "no API token: set EMPLOIS_API_TOKEN (a data-inclusion ServiceToken)");
        }

        var api = http.Api<IEmploisApi>();
        var payloads = new List<RawPayload>();
        foreach (var (stream, type) in Streams)
        {
            var first = new Uri(EndpointUrl(options.BaseUrl), $"?type={type}&page_size={options.PageSize}");
            var pages = await DrfPager.FetchAllAsync(http, api, options.Token, SourceId, stream, first, ct);
            SourceLog.StreamFetched(_logger, SourceId, stream, pages);
            payloads.AddRange(pages);
        }

        return payloads;
    }

    /// <summary>The list endpoint; the trailing slash matters (emplois API §0: without it Django answers 301).</summary>
    internal static Uri EndpointUrl(Uri baseUrl)
    {
        var root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        if (root.EndsWith("/api/v1/data-inclusion", StringComparison.Ordinal))
        {
            return new Uri(root + "/");
        }

        return root.EndsWith("/api/v1", StringComparison.Ordinal)
            ? new Uri(root + "/data-inclusion/")
            : new Uri(root + "/api/v1/data-inclusion/");
    }
}
