using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DataInclusion.Host.Rest;

/// <summary>
/// What one REST request reads through: the query layer's readers (the same GraphQL uses). Every endpoint takes its
/// reads from <see cref="From"/>, the one place where a request's caller (token, granted sources) joins the reads.
/// </summary>
internal sealed class RestQuery(MartsReader marts, GeoSearch geo, ServiceSearch services, TextSearch text, SourceCatalog sources, SourceVisibility visibility)
{
    /// <summary>The sources this request's caller may read (restricted ones only with a token granted them).</summary>
    public SourceVisibility Visibility => visibility;

    public MartsReader Marts => marts;

    public GeoSearch Geo => geo;

    public ServiceSearch ServiceSearch => services;

    public TextSearch TextSearch => text;

    public SourceCatalog Sources => sources;

    public static RestQuery From(HttpContext context)
    {
        var provider = context.RequestServices;
        return new RestQuery(
            provider.GetRequiredService<MartsReader>(), provider.GetRequiredService<GeoSearch>(), provider.GetRequiredService<ServiceSearch>(),
            provider.GetRequiredService<TextSearch>(), provider.GetRequiredService<SourceCatalog>(),
            ApiAccess.Caller(context).Visibility);
    }
}
