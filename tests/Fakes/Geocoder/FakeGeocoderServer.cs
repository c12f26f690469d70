using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DataInclusion.Fakes.Geocoder;

/// <summary>
/// The IGN Géoplateforme batch geocoder (BAN engine, interop.md §5.1) on 127.0.0.1: <c>POST /geocodage/search/csv/</c>
/// with a multipart <c>data</c> file, repeated <c>columns</c> (concatenated into the query) and optional <c>citycode</c>
/// / <c>postcode</c> column names (filters). It answers every input row, in order and in the input's delimiter, with
/// the real result columns; a query it does not know is <c>not-found</c>. Faults come from <see cref="FakeServerBase.Faults"/>
/// (5xx, slow, truncated, custom bodies such as a malformed CSV) and <see cref="AnswerOnlyFirstRows"/> (a partial answer).
/// </summary>
public sealed class FakeGeocoderServer : FakeServerBase
{
    public const string SearchCsvPath = "/geocodage/search/csv/";

    public static readonly string[] ResultColumns =
    [
        "latitude", "longitude", "result_label", "result_score", "result_score_next", "result_type", "result_id", "result_housenumber",
        "result_name", "result_street", "result_postcode", "result_city", "result_context", "result_citycode", "result_oldcitycode",
        "result_oldcity", "result_district", "result_status",
    ];

    private readonly ConcurrentDictionary<string, FakeGeocode> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeGeocoderBatch> _batches = new();

    private FakeGeocoderServer()
    {
    }

    /// <summary>The <c>GEOCODER_URL</c> to give the client: the service's base, under which <c>search/csv/</c> lives.</summary>
    public Uri GeocoderUrl => new(BaseUri, "geocodage/");

    /// <summary>Every batch received and parsed, in order.</summary>
    public IReadOnlyList<FakeGeocoderBatch> Batches => [.. _batches];

    /// <summary>When set, the next answers hold only this many rows: the rest of the batch is silently missing.</summary>
    public int? AnswerOnlyFirstRows { get; set; }

    public static async Task<FakeGeocoderServer> StartAsync(CancellationToken ct = default)
    {
        var server = new FakeGeocoderServer();
        await server.StartServerAsync(ct);
        return server;
    }

    /// <summary>Answers <paramref name="query"/> (the <c>columns</c> values joined by spaces, compared case-insensitively) with <paramref name="geocode"/>.</summary>
    public void Know(string query, FakeGeocode geocode) => _known[Normalize(query)] = geocode;

    protected override FakeResponse Respond(RecordedRequest request)
    {
        if (request.Method != "POST" || request.Path != SearchCsvPath)
        {
            return FakeResponse.Json(404, """{"code":404,"message":"Not Found"}""");
        }

        var form = ReadMultipart(request);
        if (!form.TryGetValue("data", out var data) || data.Count == 0)
        {
            return FakeResponse.Json(400, """{"code":400,"message":"A CSV file must be provided in data field"}""");
        }

        var (delimiter, header, rows) = FakeCsv.Read(data[0]);
        var columns = form.GetValueOrDefault("columns") ?? [];
        var citycode = form.GetValueOrDefault("citycode")?.FirstOrDefault();
        var postcode = form.GetValueOrDefault("postcode")?.FirstOrDefault();
        if (columns.Concat([citycode, postcode]).Any(c => c is not null && !header.Contains(c)))
        {
            return FakeResponse.Json(400, """{"code":400,"message":"At least one given column name is unknown"}""");
        }

        _batches.Enqueue(new FakeGeocoderBatch(columns, citycode, postcode, header, rows));
        var answer = new StringBuilder(FakeCsv.Line(header.Concat(ResultColumns), delimiter));
        foreach (var row in rows.Take(AnswerOnlyFirstRows ?? int.MaxValue))
        {
            var query = string.Join(' ', columns.Select(c => row[Array.IndexOf(header, c)]).Where(v => v.Length > 0));
            var found = _known.GetValueOrDefault(Normalize(query));
            if (found is not null && citycode is not null && row[Array.IndexOf(header, citycode)] is { Length: > 0 } city && city != found.CityCode)
            {
                found = null; // the citycode filter keeps only results in that commune
            }

            answer.Append(FakeCsv.Line(row.Concat(found?.Columns() ?? NotFound()), delimiter));
        }

        return new FakeResponse(200, "text/csv; charset=utf-8", Encoding.UTF8.GetBytes(answer.ToString()));
    }

    private static IEnumerable<string> NotFound() => ResultColumns.Select(c => c == "result_status" ? "not-found" : string.Empty);

    private static string Normalize(string query) => string.Join(' ', query.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, List<string>> ReadMultipart(RecordedRequest request)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var contentType = MediaTypeHeaderValue.Parse(request.Header("Content-Type") ?? string.Empty);
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (boundary is null)
        {
            return fields;
        }

        var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
        while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
            if (!fields.TryGetValue(name, out var values))
            {
                fields[name] = values = [];
            }

            values.Add(text.ReadToEnd());
        }

        return fields;
    }
}
