using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataInclusion.GraphQL.Http.GraphiQL;

/// <summary>Serves the embedded GraphiQL page and its assets: GET {pattern} and GET {pattern}/{file}.</summary>
public static class GraphiQLEndpointRouteBuilderExtensions
{
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">Where the page is served, e.g. "/graphiql".</param>
    /// <param name="graphQLEndpoint">The GraphQL endpoint the page queries; a path starting with '/' is resolved under PathBase.</param>
    /// <param name="defaultTabs">The tabs a first visit opens (see <see cref="GraphiQLPage.RenderHtml"/>).</param>
    public static IEndpointConventionBuilder MapGraphiQL(
        this IEndpointRouteBuilder endpoints, string pattern = "/graphiql", string graphQLEndpoint = "/graphql", IReadOnlyList<GraphiQLTab>? defaultTabs = null)
    {
        var group = endpoints.MapGroup(pattern);
        group.MapGet("/", (HttpContext context) =>
        {
            var pathBase = context.Request.PathBase.Value ?? string.Empty;
            var endpoint = graphQLEndpoint.StartsWith('/') ? pathBase + graphQLEndpoint : graphQLEndpoint;
            return Results.Content(GraphiQLPage.RenderHtml(endpoint, pathBase + pattern.TrimEnd('/'), defaultTabs), "text/html; charset=utf-8");
        });
        group.MapGet("/{file}", (string file, HttpContext context) =>
        {
            if (!GraphiQLPage.TryGetAsset(file, out var asset))
            {
                return Results.NotFound();
            }

            // The bundle changes only with the engine build: let browsers cache it for a day.
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(asset.Content, asset.ContentType);
        });
        return group;
    }

    /// <summary>
    /// A page handler for <c>GraphQLHttpOptions.HtmlPage</c>: GraphiQL served at the GraphQL endpoint's own URL
    /// (querying that URL), its assets read from <paramref name="assetsPattern"/> mapped by <see cref="MapGraphiQL"/>.
    /// </summary>
    public static RequestDelegate CreatePageHandler(string assetsPattern = "/graphiql", IReadOnlyList<GraphiQLTab>? defaultTabs = null) => context =>
    {
        var pathBase = context.Request.PathBase.Value ?? string.Empty;
        var html = GraphiQLPage.RenderHtml(pathBase + context.Request.Path.Value, pathBase + assetsPattern.TrimEnd('/'), defaultTabs);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, context.RequestAborted);
    };
}
