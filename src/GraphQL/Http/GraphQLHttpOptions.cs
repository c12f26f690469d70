using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Http.PersistedQueries;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.GraphQL.Http;

/// <summary>Options of a <c>MapGraphQL</c> endpoint (GraphQL over HTTP).</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Limits applied to every request (tokens, depth, field count, timeout, introspection).</summary>
    public ExecutionOptions ExecutionOptions { get; set; } = new();

    /// <summary>How many parsed and validated documents are kept (least recently used out); 0 parses every request.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>Automatic Persisted Queries and the allow-list mode.</summary>
    public PersistedQueryOptions PersistedQueries { get; set; } = new();

    /// <summary>Whether queries may be sent with GET (mutations over GET are always refused with 405).</summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>Largest accepted POST body, in bytes (413 beyond).</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Hook for an HTML page (GraphiQL): when set, a GET that accepts <c>text/html</c> and carries no <c>query</c>
    /// parameter is answered by this delegate instead of the GraphQL endpoint.
    /// </summary>
    public RequestDelegate? HtmlPage { get; set; }

    /// <summary>Builds the user context passed to resolvers (e.g. from the authenticated user).</summary>
    public Func<HttpContext, object?>? UserContextFactory { get; set; }

    /// <summary>
    /// Called once a request's document is parsed, with the name of the operation it asks for: the selected operation's
    /// name, else the request's <c>operationName</c> (null for an anonymous operation). For request logs and metrics.
    /// </summary>
    public Action<HttpContext, string?>? OperationSelected { get; set; }

    /// <summary>
    /// Whole responses to identical query requests (none by default): a hit is answered before parsing; only
    /// successful query results are stored.
    /// </summary>
    public IGraphQLResponseCache? ResponseCache { get; set; }

    /// <summary>
    /// How many requests execute at once (0: no bound). The others wait in line, first come first served, after the
    /// response cache was consulted (a hit never waits). On a few cores, a request that needs several statements in
    /// turn otherwise queues for a connection at each of them behind every newer request, so its latency grows with
    /// the number of statements; admitted whole, each request waits once.
    /// </summary>
    public int MaxConcurrentExecutions { get; set; }

    /// <summary>Builds the root value of operations.</summary>
    public Func<HttpContext, object?>? RootValueFactory { get; set; }
}
