using System.Globalization;
using System.Text.Json;
using DataInclusion.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Sources.Cd35;

/// <summary>
/// The Ille-et-Vilaine social directory, an ArcGIS FeatureServer layer (data-inclusion §2.2, stream
/// <c>organisations</c>): <c>query</c> ordered by ObjectId, <c>resultOffset</c> moved by the rows received while
/// <c>exceededTransferLimit</c> is true.
/// </summary>
public sealed class Cd35Connector(ProducerClients http, Cd35Options options, ILogger<Cd35Connector>? logger = null) : ISourceConnector
{
    public const string SourceId = "cd35";

    public const string Stream = "organisations";

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Source => SourceId;

    public async Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        var query = new Uri(options.LayerUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/query?where=1%3D1&outFields=*&f=json&orderByFields=ObjectId");
        var api = http.Api<ICd35Api>();
        var pages = new List<RawPayload>();
        var offset = 0;
        while (true)
        {
            var url = new Uri(query, string.Create(CultureInfo.InvariantCulture, $"{query.Query}&resultRecordCount={options.PageSize}&resultOffset={offset}"));
            var pageOffset = offset;
            var payload = await http.FetchAsync(
                new ProducerRequest(SourceId, Stream, url)
                {
                    // ArcGIS Online may label f=json answers text/plain.
                    AcceptedMediaTypes = ["application/json", "text/plain"],
                    Validate = CheckPage,
                },
                (request, token) => api.QueryAsync(query, options.PageSize, pageOffset, request, token),
                ct);
            pages.Add(payload);
            var (features, more) = ReadPage(payload.Content);
            if (!more)
            {
                break;
            }

            if (features == 0 || pages.Count >= http.Options.MaxPages)
            {
                throw new SourceFetchException(SourceId, Stream, url, $"exceededTransferLimit is still true after {pages.Count} pages ({features} features in the last); paging stopped");
            }

            // Move by what was received: the layer's maxRecordCount may be below the page size asked for.
            offset += features;
        }

        SourceLog.StreamFetched(_logger, SourceId, Stream, pages);
        return pages;
    }

    /// <summary>ArcGIS reports errors as <c>{"error": {code, message}}</c> with HTTP 200: such a page is retried, then fails.</summary>
    private static string? CheckPage(ReadOnlyMemory<byte> body) => JsonBody.Check(body, static root =>
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"the body is a JSON {root.ValueKind}, not a query answer";
        }

        if (root.TryGetProperty("error", out var error))
        {
            var code = error.TryGetProperty("code", out var c) ? c.ToString() : "?";
            var message = error.TryGetProperty("message", out var m) ? m.ToString() : error.GetRawText();
            return $"ArcGIS error {code}: \"{message}\"";
        }

        return root.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array
            ? null
            : "the query answer has no features array";
    });

    private static (int Features, bool More) ReadPage(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var more = root.TryGetProperty("exceededTransferLimit", out var flag) && flag.ValueKind == JsonValueKind.True;
        return (root.GetProperty("features").GetArrayLength(), more);
    }
}
