using DataInclusion.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DataInclusion.GraphQL.Http;

/// <summary>Maps a GraphQL-over-HTTP endpoint (graphql-over-http spec; see GraphQLHttpHandler for the status codes).</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Schema schema,
        Action<GraphQLHttpOptions>? configure = null)
    {
        var options = new GraphQLHttpOptions();
        configure?.Invoke(options);
        var handler = new GraphQLHttpHandler(schema, options);
        return endpoints.Map(pattern, handler.HandleAsync);
    }
}
