using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Producers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DataInclusion.Host.Web.Home;

/// <summary><c>/</c>: the front door, the referential in a page and the ways in (API, files, validator).</summary>
internal static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHome(this IEndpointRouteBuilder endpoints, TimeProvider time)
    {
        var cache = new HomeSourcesCache(endpoints.ServiceProvider.GetRequiredService<SourceCatalog>(), endpoints.ServiceProvider.GetRequiredService<NpgsqlDataSource>());
        endpoints.MapGet("/", async (CancellationToken cancellationToken) =>
        {
            var sources = await cache.GetAsync(cancellationToken);
            return Results.Content(HomePage.Render(sources, time.GetUtcNow()), "text/html; charset=utf-8");
        });
        return endpoints;
    }

    /// <summary>
    /// Every source of the catalogue (built-in ones, then producer accounts) with what the producers' page shows of
    /// theirs: the published counts and the end of the last successful run. The page reads it through
    /// <see cref="HomeSourcesCache"/>.
    /// </summary>
    internal static async Task<IReadOnlyList<HomeSource>> ReadSourcesAsync(SourceCatalog catalog, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var sources = new List<HomeSource>();
        var all = await catalog.AllAsync(cancellationToken);
        // The page is anonymous: a restricted source's rows, counts included, are only for the tokens granted it.
        var anonymous = SourceVisibility.Anonymous(all);
        foreach (var source in all)
        {
            var published = await PublishedSummary.ReadAsync(dataSource, source.Slug, cancellationToken);
            var visible = anonymous.CanSee(source.Slug);
            sources.Add(new HomeSource(
                source.Slug, source.Description, SourceRegistry.Find(source.Slug) is not null, source.InDumps,
                visible ? published.Structures : 0, visible ? published.Services : 0, published.Since, IsRestricted: !visible));
        }

        return sources;
    }
}
