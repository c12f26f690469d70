using DataInclusion.Sources.Http;
using DataInclusion.Sources.Paging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Sources.Agefiph;

/// <summary>
/// Agefiph's Drupal JSON:API (data-inclusion §2.2): solutions (stream <c>services</c>) and contacts
/// (stream <c>structures</c>), following <c>links.next.href</c>. No auth.
/// </summary>
public sealed class AgefiphConnector(ProducerClients http, AgefiphOptions options, ILogger<AgefiphConnector>? logger = null) : ISourceConnector
{
    public const string SourceId = "agefiph";

    public const string MediaType = "application/vnd.api+json";

    /// <summary>Stream names and their JSON:API resource path.</summary>
    public static readonly IReadOnlyList<(string Stream, string Path)> Streams = [("services", "jsonapi/node/solution"), ("structures", "jsonapi/node/contact")];

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Source => SourceId;

    public async Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        var root = new Uri(options.BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        var api = http.Api<IAgefiphApi>();
        var payloads = new List<RawPayload>();
        foreach (var (stream, path) in Streams)
        {
            var first = new ProducerRequest(SourceId, stream, new Uri(root, path))
            {
                AcceptedMediaTypes = [MediaType, "application/json"],
                Validate = JsonApiPage.Check,
            };
            var pages = await LinkPager.FetchAllAsync(http, first, (request, token) => api.GetPageAsync(request.Url, request, token), JsonApiPage.Next, ct);
            SourceLog.StreamFetched(_logger, SourceId, stream, pages);
            payloads.AddRange(pages);
        }

        return payloads;
    }
}
