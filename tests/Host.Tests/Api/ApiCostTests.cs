using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Types;
using DataInclusion.GraphQL.Validation;
using DataInclusion.Host.Api;
using DataInclusion.Host.Web.Home;
using Npgsql;
using Xunit.Abstractions;

namespace DataInclusion.Host.Tests.Api;

/// <summary>The default cost limit admits what portals and GraphiQL send, and refuses what no portal needs.</summary>
public sealed class ApiCostTests(ITestOutputHelper output)
{
    // The mix of bench/api (PortalQueries), as the load generator sends it.
    private static readonly string[] s_benchQueries =
    [
        "query($c: String!, $t: [String!]) { services(codeCommune: $c, thematiques: $t, first: 20) { totalCount edges { node { id nom structure { nom telephone } } } } }",
        "query($d: String!) { structures(codeDepartement: $d, first: 50) { edges { node { id nom services { nom } } } } }",
        "query($id: ID!) { service(id: $id) { id nom description structure { id nom telephone commune } } }",
        "query($d: String!) { services(codeDepartement: $d, publics: [\"jeunes\"], first: 100) { edges { node { id nom commune } } } }",
        "query($c: String!, $t: [String!]) { searchServices(codeCommune: $c, thematiques: $t, first: 20) { totalCount edges { distanceKm node { id nom structure { nom telephone } } } } }",
        "query($q: String!) { search(q: $q, first: 20) { edges { score service { id nom } structure { id nom } } } }",
    ];

    private static readonly Schema s_schema = BuildSchema();

    private static Schema BuildSchema()
    {
        // Building the schema reads nothing: a data source that is never opened is enough.
        var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused");
        return MartsSchema.Build(dataSource);
    }

    private static long Cost(string query)
    {
        var document = Parser.Parse(query);
        Assert.Empty(DocumentValidator.Validate(s_schema, document));
        var operation = Executor.GetOperation(document, null, out _)!;
        return CostAnalyzer.Compute(s_schema, document, operation, new Dictionary<string, object?>(), ApiCost.Options(ApiCost.DefaultMaxCost));
    }

    [Fact]
    public void DefaultMaximum_AdmitsTheBenchMix_GraphiQLsIntrospection_AndTheExampleTabs()
    {
        var documents = s_benchQueries
            .Append(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Api", "introspection.graphql")))
            .Concat(GraphiQLExamples.Tabs.Select(tab => tab.Query));
        foreach (var query in documents)
        {
            var cost = Cost(query);
            output.WriteLine($"{cost,8}  {query.Trim().Split('\n')[0]}");
            Assert.InRange(cost, 1, ApiCost.DefaultMaxCost);
        }
    }

    [Theory]
    [InlineData("{ structures(first: 1000) { totalCount edges { node { nom services { nom thematiques } } } } }", 12_011)]
    [InlineData("{ structures(first: 20) { edges { node { nom } } } }", 41)]
    public void KnownPortalDocuments_HaveKnownCosts(string query, long expected) => Assert.Equal(expected, Cost(query));

    [Fact]
    public void NestedListsOfLists_AreOverTheDefaultMaximum() =>
        Assert.True(Cost("{ structures(first: 1000) { edges { node { services { structure { services { structure { doublons { nom } } } } } } } } }") > ApiCost.DefaultMaxCost);
}
