using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Http;
using DataInclusion.GraphQL.Http.GraphiQL;
using DataInclusion.GraphQL.Http.PersistedQueries;
using DataInclusion.Host.Api;
using DataInclusion.Host.Logging;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Web.Access;
using DataInclusion.Host.Web.Home;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace DataInclusion.Host.Web;

/// <summary><c>/graphql</c>: the API over the marts, with GraphiQL for browsers (assets under <c>/graphiql</c>, bundled offline).</summary>
internal static class GraphQLEndpoints
{
    public static IEndpointRouteBuilder MapDataInclusionGraphQL(this IEndpointRouteBuilder endpoints, HostRuntime runtime)
    {
        var dataSource = runtime.Database.DataSource;
        // The searches share one gate with REST's (registered by AddRestV1).
        var schema = DomainSchema.Build(endpoints.ServiceProvider.GetRequiredService<MartsReader>(), new SourcesResolver(new RunStore(dataSource, runtime.Time), new SourceCatalog(dataSource, runtime.Time)),
            endpoints.ServiceProvider.GetRequiredService<SearchGate>());
        var diagnostics = endpoints.ServiceProvider.GetRequiredService<IDiagnosticContext>();
        var api = new GraphQLApiOptions();
        runtime.Configuration.GetSection(GraphQLApiOptions.SectionName).Bind(api);
        endpoints.MapGraphQL("/graphql", schema, options =>
        {
            options.DocumentCacheSize = api.DocumentCacheSize;
            options.MaxConcurrentExecutions = api.MaxConcurrentExecutions;
            options.PersistedQueries = new PersistedQueryOptions
            {
                AutomaticStore = api.PersistedQueries.AutomaticCacheSize > 0 ? new MemoryPersistedQueryStore(api.PersistedQueries.AutomaticCacheSize) : null,
                Registered = new RegisteredQueries(new PersistedQueryStore(dataSource, runtime.Time), runtime.Time, api.PersistedQueries.RefreshInterval),
                RegisteredOnly = api.PersistedQueries.AllowListOnly,
            };
            options.OperationSelected = (_, operationName) => RequestLogging.SetOperationName(diagnostics, operationName);
            // The caller (token, granted restricted sources) reaches the resolvers as the user context.
            options.UserContextFactory = ApiAccess.Caller;
            // Identical requests answered from memory until a publication commits (off unless Api__ResponseCache__MaxMegabytes > 0).
            options.ResponseCache = endpoints.ServiceProvider.GetService<ResponseCache>();
            // Portals send small documents; these bounds keep one abusive request from taking the server.
            options.ExecutionOptions = new ExecutionOptions
            {
                MaxTokens = 10_000,
                // GraphiQL's introspection query nests 15 levels deep; real portal queries stay well below 20.
                MaxDepth = 20,
                MaxFieldCount = 2_000,
                Timeout = TimeSpan.FromSeconds(30),
                TimeProvider = runtime.Time,
                Cost = api.MaxCost > 0 ? ApiCost.Options(api.MaxCost) : null,
            };
            if (GraphiQLPage.IsAvailable)
            {
                options.HtmlPage = context =>
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    return context.Response.WriteAsync(GraphiQLPage.RenderHtml("/graphql", "/graphiql", GraphiQLExamples.Tabs), context.RequestAborted);
                };
            }
        });
        if (GraphiQLPage.IsAvailable)
        {
            endpoints.MapGraphiQL("/graphiql", "/graphql", GraphiQLExamples.Tabs);
        }

        return endpoints;
    }
}
