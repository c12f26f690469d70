using System.Text.Json;
using DataInclusion.GraphQL.Conformance.Oracle;
using DataInclusion.GraphQL.Types;
using Xunit.Abstractions;

namespace DataInclusion.GraphQL.Conformance.Http;

/// <summary>graphql-http 1.23.1 serverAudits (GraphQL over HTTP) against MapGraphQL on loopback: no MUST may fail.</summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    private const string AuditSdl = """
        type Query {
          hello(name: String): String
        }

        type Mutation {
          touch: Boolean
        }
        """;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task ServerAudits_ReportNoError()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(AuditSdl).Build();
        await using var server = await LoopbackGraphQLServer.StartAsync(schema);

        var json = await NodeOracle.RunWithArgumentsAsync("audit.mjs", [server.Endpoint.ToString()]);
        var results = JsonSerializer.Deserialize<List<AuditResult>>(json, s_json)!;

        output.WriteLine($"audits: {results.Count}; " + string.Join(", ", results.GroupBy(r => r.Status).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var result in results.OrderBy(r => r.Status, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            output.WriteLine(result.ToString());
        }

        Assert.True(results.Count >= 40, $"graphql-http ran only {results.Count} audits");
        var errors = results.Where(r => r.Status == "error").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
