using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;
using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>The API's GraphQL schema over a test database's marts, and a query runner that fails on any error.</summary>
internal static class MartsSchema
{
    public static Schema Build(NpgsqlDataSource dataSource, SearchGate? searchGate = null) =>
        DomainSchema.Build(new MartsReader(dataSource), new SourcesResolver(new RunStore(dataSource, TimeProvider.System), new SourceCatalog(dataSource, TimeProvider.System)),
            searchGate ?? new SearchGate(new SearchGateOptions()));

    /// <summary>Executes <paramref name="query"/> and returns its <c>data</c>; GraphQL errors fail the test with the response.</summary>
    public static async Task<JsonElement> DataAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = query, Variables = variables });
        Assert.True(result.Errors is null or { Count: 0 }, result.ToJson());
        return JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data");
    }
}
