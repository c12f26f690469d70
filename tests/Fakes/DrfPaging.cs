using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace DataInclusion.Fakes;

/// <summary>
/// Django REST Framework <c>PageNumberPagination</c> as les emplois and Dora serve it (emplois API §3): absolute
/// <c>next</c>/<c>previous</c> with the query re-encoded in sorted order, <c>previous</c> without <c>page</c> for
/// page 1, 404 past the last page, bad <c>page_size</c> falling back to the default.
/// </summary>
public static class DrfPaging
{
    public static readonly JsonSerializerOptions CompactJson = new()
    {
        // DRF renders compact JSON with non-ASCII characters left as UTF-8.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="transform">Applied to each row of the page served (e.g. to rewrite hosts), after cloning.</param>
    public static FakeResponse Page(
        IReadOnlyList<JsonNode> rows,
        Uri baseUri,
        RecordedRequest request,
        int defaultPageSize = 20,
        Func<JsonNode, JsonNode>? transform = null)
    {
        var query = QueryHelpers.ParseQuery(new Uri(baseUri, request.PathAndQuery).Query)
            .ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        var size = query.TryGetValue("page_size", out var rawSize) && int.TryParse(rawSize, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : defaultPageSize;
        var pageCount = Math.Max(1, (rows.Count + size - 1) / size);
        int page;
        if (!query.TryGetValue("page", out var rawPage))
        {
            page = 1;
        }
        else if (rawPage == "last")
        {
            page = pageCount;
        }
        else if (!int.TryParse(rawPage, CultureInfo.InvariantCulture, out page) || page < 1 || page > pageCount)
        {
            return FakeResponse.Json(404, """{"detail":"Page non valide."}""");
        }

        var results = new JsonArray([.. rows.Skip((page - 1) * size).Take(size).Select(row => transform is null ? row.DeepClone() : transform(row.DeepClone()))]);
        var body = new JsonObject
        {
            ["count"] = rows.Count,
            ["next"] = page < pageCount ? Link(baseUri, request.Path, query, page + 1) : null,
            ["previous"] = page > 1 ? Link(baseUri, request.Path, query, page - 1) : null,
            ["results"] = results,
        };
        return FakeResponse.Json(200, JsonSerializer.SerializeToUtf8Bytes(body, CompactJson));
    }

    private static string Link(Uri baseUri, string path, Dictionary<string, string> query, int page)
    {
        var parameters = new SortedDictionary<string, string>(query, StringComparer.Ordinal);
        if (page == 1)
        {
            parameters.Remove("page");
        }
        else
        {
            parameters["page"] = page.ToString(CultureInfo.InvariantCulture);
        }

        var encoded = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return new Uri(baseUri, path).AbsoluteUri + (encoded.Length == 0 ? string.Empty : "?" + encoded);
    }
}
