using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DataInclusion.Normalize.Places.Geocoding;

namespace DataInclusion.Host.Geocoding;

/// <summary>
/// One batch to the BAN's <c>POST search/csv/</c> (interop.md §5.1): a <c>|</c>-separated, all-quoted UTF-8 file in the
/// multipart field <c>data</c>, the query made of <c>columns</c> adresse, code_postal, commune, filtered by
/// <c>citycode=code_insee</c>. The answer echoes each row with its <c>result_*</c> columns; rows are matched by the
/// <c>ligne</c> column we add, so a reordered or partial answer is read for what it holds.
/// </summary>
internal sealed class BanCsvClient(HttpClient http, Uri baseUrl)
{
    private static readonly string[] s_queryColumns = ["adresse", "code_postal", "commune"];

    /// <summary>The results by index in <paramref name="queries"/>; an index the geocoder did not answer is absent.</summary>
    /// <exception cref="GeocoderException">A non-success status or a body without the result columns.</exception>
    public async Task<Dictionary<int, GeocodingResult>> GeocodeAsync(IReadOnlyList<GeocodingQuery> queries, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(WriteCsv(queries));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        form.Add(file, "data", "data.csv");
        foreach (var column in s_queryColumns)
        {
            form.Add(new StringContent(column), "columns");
        }

        form.Add(new StringContent("code_insee"), "citycode");
        using var response = await http.PostAsync(new Uri(baseUrl, "search/csv/"), form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new GeocoderException($"the geocoder answered HTTP {(int)response.StatusCode}");
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return ReadCsv(body, queries.Count);
    }

    private static byte[] WriteCsv(IReadOnlyList<GeocodingQuery> queries)
    {
        var text = new StringBuilder("\"ligne\"|\"adresse\"|\"code_postal\"|\"code_insee\"|\"commune\"\n");
        for (var i = 0; i < queries.Count; i++)
        {
            var q = queries[i];
            text.Append(CultureInfo.InvariantCulture, $"\"{i}\"|{Quote(q.Adresse)}|{Quote(q.CodePostal)}|{Quote(q.CodeInsee)}|{Quote(q.Commune)}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Quote(string? value) => "\"" + (value ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static Dictionary<int, GeocodingResult> ReadCsv(string body, int count)
    {
        var firstLine = body.AsSpan(0, Math.Max(0, body.IndexOf('\n', StringComparison.Ordinal) is var end and >= 0 ? end : body.Length));
        var delimiter = firstLine.Count('|') >= Math.Max(firstLine.Count(','), firstLine.Count(';')) ? "|" : firstLine.Count(';') > firstLine.Count(',') ? ";" : ",";
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, BadDataFound = null, MissingFieldFound = null };
        using var reader = new StringReader(body);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header
            || !header.Contains("ligne") || !header.Contains("result_score") || !header.Contains("result_status"))
        {
            throw new GeocoderException("the geocoder's answer is not its CSV (no ligne, result_score or result_status column)");
        }

        var results = new Dictionary<int, GeocodingResult>();
        while (csv.Read())
        {
            if (int.TryParse(csv.GetField("ligne"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < count)
            {
                results[index] = Result(csv);
            }
        }

        return results;
    }

    private static GeocodingResult Result(CsvReader row)
    {
        var status = Text(row, "result_status") ?? (Number(row, "result_score") is null ? "not-found" : GeocodingResult.Ok);
        return status != GeocodingResult.Ok
            ? GeocodingResult.NotFound with { Status = status }
            : new GeocodingResult(
                status, Number(row, "result_score"), Text(row, "result_type"), Text(row, "result_label"), Text(row, "result_name"),
                Text(row, "result_postcode"), Text(row, "result_citycode"), Text(row, "result_city"), Number(row, "longitude"), Number(row, "latitude"));
    }

    private static string? Text(CsvReader row, string column) =>
        row.TryGetField<string>(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static double? Number(CsvReader row, string column) =>
        double.TryParse(Text(row, column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
