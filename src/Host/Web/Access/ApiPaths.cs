using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Web.Access;

/// <summary>
/// Which requests are API reads, under tokens, rate limits and CORS: <c>/graphql</c> and everything under
/// <c>/api/v1</c> — so REST endpoints added there are covered without registering anything — except the doors with
/// their own access rules: the producers' push API (a producer's token) and the validator (<c>/api/v1/validate</c>).
/// </summary>
internal static class ApiPaths
{
    public static readonly PathString GraphQL = "/graphql";
    public static readonly PathString Rest = "/api/v1";

    private static readonly PathString[] s_ownAccess = ["/api/v1/producers", "/api/v1/validate"];

    // The référentiels stay readable without a token, as data·inclusion's /doc/{référentiel} (reference §5.2); the
    // OpenAPI document and its docs UI live outside /api/v1 (/api/openapi.json, /api/docs), so no token rule reaches them.
    private static readonly PathString[] s_openDocumentation = ["/api/v1/doc"];

    public static bool IsApi(HttpContext context)
    {
        var path = context.Request.Path;
        return path.StartsWithSegments(GraphQL)
            || (path.StartsWithSegments(Rest) && !s_ownAccess.Any(p => path.StartsWithSegments(p)));
    }

    /// <summary>
    /// Requests served without a token even when one is required: the documentation, and GraphiQL's page (a browser
    /// loading it cannot send a bearer token; the page holds no data, its queries carry the token GraphiQL is given).
    /// </summary>
    public static bool IsOpenWithoutToken(HttpRequest request) =>
        s_openDocumentation.Any(p => request.Path.StartsWithSegments(p))
        || (request.Path.StartsWithSegments(GraphQL) && HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase));
}
