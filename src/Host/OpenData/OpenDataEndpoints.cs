using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// <c>/opendata/</c>: the index page, the latest set under stable names (<c>/opendata/structures.csv</c>) and the dated
/// archives (<c>/opendata/archives/2026-12-07/structures.csv</c>), with <c>ETag</c> (the SHA-256), <c>Last-Modified</c>,
/// <c>Range</c>, and the gzip copy of text files for clients that accept it. A requested name is only ever looked up
/// in the set's catalog: it never becomes a path.
/// </summary>
internal static class OpenDataEndpoints
{
    public const string Prefix = "/opendata";

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints, OpenDataDirectory directory, TimeProvider time)
    {
        // Routing ignores a trailing slash and a catch-all matches nothing: the empty name is the index, at "…/" only,
        // so that the page's relative links resolve.
        endpoints.MapMethods(Prefix + "/{**name}", ["GET", "HEAD"], (HttpContext context, string? name) =>
        {
            var latest = directory.LatestSetId() is { } id ? directory.ReadSet(id) : null;
            if (string.IsNullOrEmpty(name))
            {
                return Index(context, latest, directory.Archives(), null, time);
            }

            return latest is null ? NotFound() : Serve(context, directory, latest, name, "public, no-cache");
        });
        endpoints.MapMethods(Prefix + "/archives/{date}/{**name}", ["GET", "HEAD"], (HttpContext context, string date, string? name) =>
        {
            if (directory.ArchiveSet(date) is not { } id || directory.ReadSet(id) is not { } archive)
            {
                return NotFound();
            }

            return string.IsNullOrEmpty(name)
                ? Index(context, archive, directory.Archives(), OpenDataDirectory.DateOf(id), time)
                : Serve(context, directory, archive, name, "public, max-age=86400");
        });
        return endpoints;
    }

    private static IResult Serve(HttpContext context, OpenDataDirectory directory, OpenDataCatalog catalog, string name, string cacheControl)
    {
        if (catalog.Find(name) is not { } file)
        {
            return NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = cacheControl;
        var lastModified = catalog.GeneratedAt;
        var contentType = OpenDataMedia.ContentType(file);
        if (file.GzipLength is null)
        {
            return Results.File(directory.PathOf(catalog, file.Name), contentType, lastModified: lastModified,
                entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
        }

        // The two encodings are two representations: each its own ETag, and caches must key on Accept-Encoding.
        headers.Vary = HeaderNames.AcceptEncoding;
        if (AcceptsGzip(context.Request) && !context.Request.Headers.ContainsKey(HeaderNames.Range))
        {
            headers.ContentEncoding = "gzip";
            return Results.File(directory.PathOf(catalog, file.GzipName), contentType, lastModified: lastModified,
                entityTag: new EntityTagHeaderValue($"\"{file.Sha256}-gz\""), enableRangeProcessing: false);
        }

        // A range is of the identity bytes: what download managers resuming a file expect.
        return Results.File(directory.PathOf(catalog, file.Name), contentType, lastModified: lastModified,
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }

    private static IResult Index(HttpContext context, OpenDataCatalog? set, IReadOnlyList<string> archives, string? archiveDate, TimeProvider time)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        return path.EndsWith('/')
            ? Results.Content(OpenDataIndexPage.Render(set, archives, archiveDate, time.GetUtcNow()), "text/html; charset=utf-8")
            : Results.Redirect(path + "/", permanent: true);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e =>
            (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Equals("*", StringComparison.Ordinal))
            && (e.Quality ?? 1) > 0);

    private static IResult NotFound() => Results.Text("Fichier introuvable.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
