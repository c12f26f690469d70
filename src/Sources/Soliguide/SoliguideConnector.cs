using System.Text.Json;
using DataInclusion.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Sources.Soliguide;

/// <summary>
/// Places of Soliguide from <c>POST /new-search</c> (interop §2.2, data-inclusion §2.2): JWT auth, pages of
/// <c>options.limit</c> places, as many as <c>ceil(nbResults / limit)</c>.
/// </summary>
public sealed class SoliguideConnector(ProducerClients http, SoliguideOptions options, ILogger<SoliguideConnector>? logger = null) : ISourceConnector
{
    public const string SourceId = "soliguide";

    public const string Stream = "lieux";

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Source => SourceId;

    public async Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            throw new SourceFetchException(SourceId, Stream, null, "no API token: set SOLIGUIDE_API_TOKEN (a JWT issued by Solinum)");
        }

        var url = new Uri(options.BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/new-search");
        var api = http.Api<ISoliguideApi>();
        var pages = new List<RawPayload>();
        var pageCount = 1;
        for (var page = 1; page <= pageCount; page++)
        {
            if (page > 1 && options.PageDelay > TimeSpan.Zero)
            {
                await Task.Delay(options.PageDelay, http.TimeProvider, ct);
            }

            // Every page is a POST to the same URL; the fragment (never sent) tells the stored pages apart.
            var search = new SoliguideSearch(new(options.GeoType, options.GeoValue), new(options.PageSize, page));
            var payload = await http.FetchAsync(
                new ProducerRequest(SourceId, Stream, url) { Validate = CheckSearchAnswer },
                (request, token) => api.SearchAsync(request.Url, search, options.Token, request, token),
                ct);
            pages.Add(payload with { Url = new UriBuilder(url) { Fragment = $"page={page}" }.Uri });
            if (page == 1)
            {
                pageCount = PageCount(payload, url);
            }
        }

        SourceLog.StreamFetched(_logger, SourceId, Stream, pages);
        return pages;
    }

    private static string? CheckSearchAnswer(ReadOnlyMemory<byte> content) => JsonBody.Check(content, static root =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("nbResults", out var count) && count.ValueKind == JsonValueKind.Number
        && root.TryGetProperty("places", out var places) && places.ValueKind == JsonValueKind.Array
            ? null
            : "the JSON is not a search answer {nbResults, places: [...]}");

    private int PageCount(RawPayload first, Uri url)
    {
        using var document = JsonDocument.Parse(first.Content);
        var total = document.RootElement.GetProperty("nbResults").GetInt64();
        var count = (int)Math.Max(1, (total + options.PageSize - 1) / options.PageSize);
        return count <= http.Options.MaxPages
            ? count
            : throw new SourceFetchException(SourceId, Stream, url, $"nbResults {total} would need {count} pages, more than {http.Options.MaxPages}");
    }
}
