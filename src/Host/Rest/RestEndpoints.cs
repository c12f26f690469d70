using DataInclusion.Host.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace DataInclusion.Host.Rest;

/// <summary>
/// REST v1 (issue 12 §3): data·inclusion's <c>/api/v1</c> paths, parameters, page envelope and shapes (reference §5),
/// over the query layer GraphQL reads through; plus keyset cursors, NDJSON streams, the OpenAPI document and its docs UI.
/// </summary>
internal static class RestEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>The query layer's readers for <see cref="RestQuery"/>, and the OpenAPI document.</summary>
    public static IServiceCollection AddRestV1(this IServiceCollection services)
    {
        // The server registers its own first, over the API read pool (Web/ApiReadsSetup).
        services.TryAddSingleton(sp => new MartsReader(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new GeoSearch(sp.GetRequiredService<NpgsqlDataSource>()));
        // One bulkhead for every search, REST's and GraphQL's (GraphQLEndpoints takes it from here).
        services.AddSingleton(sp => SearchGate.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new ServiceSearch(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<SearchGate>()));
        services.AddSingleton(sp => new TextSearch(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<SearchGate>()));
        return services.AddRestOpenApi();
    }

    public static IEndpointRouteBuilder MapRestV1(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithMetadata(RestOpenApi.Marker);
        api.MapGet("/structures", RestLists.StructuresAsync)
            .Describe("Structures", "Lister les structures", "Ordonnées par id ; pages numérotées (page, size) ou par curseur (cursor ← next).", RestParameters.Structures)
            .Produces<RestPage<RestListedStructure>>();
        api.MapGet("/structures/{id}", RestLists.StructureAsync)
            .Describe("Structures", "Une structure", "Avec ses doublons et ses services. 404 si l'id est inconnu.", [])
            .Produces<RestDetailedStructure>().Produces<RestErrorBody<string>>(StatusCodes.Status404NotFound);
        api.MapGet("/structures.ndjson", RestNdjson.StructuresAsync)
            .Describe("Structures", "Toutes les structures en NDJSON",
                "Un objet JSON par ligne, ordonnés par id, envoyés au fil de la lecture (sans doublons). Avec updated_since : synchronisation incrémentale.",
                RestParameters.StructureStream)
            .Produces<RestStructure>(StatusCodes.Status200OK, RestNdjson.ContentType);
        api.MapGet("/services", RestLists.ServicesAsync)
            .Describe("Services", "Lister les services", "Ordonnés par id ; pages numérotées (page, size) ou par curseur (cursor ← next).", RestParameters.Services)
            .Produces<RestPage<RestService>>();
        api.MapGet("/services/{id}", RestLists.ServiceAsync)
            .Describe("Services", "Un service", "Avec sa structure. 404 si l'id est inconnu.", [])
            .Produces<RestDetailedService>().Produces<RestErrorBody<string>>(StatusCodes.Status404NotFound);
        api.MapGet("/services.ndjson", RestNdjson.ServicesAsync)
            .Describe("Services", "Tous les services en NDJSON",
                "Un objet JSON par ligne, ordonnés par id, envoyés au fil de la lecture. Avec updated_since : synchronisation incrémentale.",
                RestParameters.ServiceStream)
            .Produces<RestService>(StatusCodes.Status200OK, RestNdjson.ContentType);
        api.MapGet("/search/services", RestSearches.ServicesAsync)
            .Describe("Recherche", "Services pour une personne",
                "Éligibles dans la commune (zone_eligibilite absente, ou nommant la commune, son département, son EPCI ou france) et à moins de "
                + "distance km de son centre (ou de lat/lon), plus les services à distance ; distance (km entiers) pour les services en présentiel ; "
                + "ordonnés par distance puis id.", RestParameters.SearchServices)
            .Produces<RestPage<RestServiceHit>>();
        api.MapGet("/search", RestSearches.SearchAsync)
            .Describe("Recherche", "Recherche plein texte (bêta)",
                "Français, sans accents, sur les noms (poids A), libellés de thématiques, publics, réseaux et publics_precisions (B), descriptions (C) ; "
                + "près d'un lieu, score à moitié texte, à moitié proximité.", RestParameters.Search)
            .Produces<RestPage<RestSearchHit>>();
        api.MapGet("/sources", RestReferences.SourcesAsync)
            .Describe("Référentiels", "Les sources", "Les producteurs agrégés.", [])
            .Produces<List<RestSource>>();
        foreach (var (name, referentiel) in RestReferences.Docs)
        {
            api.MapGet("/doc/" + name, () => RestReferences.Doc(referentiel))
                .Describe("Référentiels", "Référentiel " + name, "Les valeurs du référentiel (schéma data·inclusion v1).", [])
                .WithName("doc-" + name)
                .Produces<List<RestDocValue>>();
        }

        endpoints.MapRestDocs();
        return endpoints;
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string tag, string summary, string description, RestParameter[] parameters)
    {
        builder.WithTags(tag).WithSummary(summary).WithDescription(description).WithMetadata(new RestParameter.Set(parameters));
        return parameters.Length == 0 ? builder : builder.Produces<RestErrorBody<IReadOnlyList<RestError>>>(StatusCodes.Status422UnprocessableEntity);
    }
}
