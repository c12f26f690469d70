using System.Diagnostics;
using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Pipeline;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>The GraphQL API over marts holding the sample feed.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DomainSchemaTests(PostgresFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private string _db = null!;
    private DataInclusion.GraphQL.Types.Schema _schema = null!;

    public async Task InitializeAsync()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        _db = harness.Db;
        _dataSource = NpgsqlDataSource.Create(_db);
        _schema = MartsSchema.Build(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task Structures_PageThroughEveryPublishedStructure_WithStableCursors()
    {
        var expected = await Sql.ColumnAsync(_db, "SELECT id FROM marts.structures ORDER BY id");
        var seen = new List<string>();
        string? after = null;
        int? total = null;
        do
        {
            var data = await ExecuteAsync("query($after: String) { structures(first: 4, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                new Dictionary<string, object?> { ["after"] = after });
            var connection = data.GetProperty("structures");
            total = connection.GetProperty("totalCount").GetInt32();
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(expected, seen);
        Assert.Equal(expected.Count, total);
    }

    [Fact]
    public async Task Filters_ByDepartementCommuneSourceAndThematiqueCategorie()
    {
        var codeInsee = (await Sql.ColumnAsync(_db, "SELECT code_insee FROM marts.services WHERE code_insee IS NOT NULL ORDER BY id LIMIT 1"))[0];
        var departement = codeInsee[..2];
        var categorie = (await Sql.ColumnAsync(_db,
            "SELECT split_part(t, '--', 1) FROM marts.services, unnest(thematiques) t ORDER BY 1 LIMIT 1"))[0];

        var data = await ExecuteAsync($$"""
            {
              byDep: services(first: 1000, codeDepartement: "{{departement}}") { totalCount edges { node { codeInsee } } }
              byCommune: structures(first: 1000, codeCommune: "{{codeInsee}}") { edges { node { codeInsee } } }
              bySource: structures(source: ["nope"]) { totalCount }
              byCategorie: services(first: 1000, thematiques: ["{{categorie}}"]) { edges { node { thematiques } } }
            }
            """);

        var byDep = data.GetProperty("byDep").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("codeInsee").GetString()!).ToList();
        Assert.NotEmpty(byDep);
        Assert.All(byDep, code => Assert.StartsWith(departement, code, StringComparison.Ordinal));
        Assert.All(data.GetProperty("byCommune").GetProperty("edges").EnumerateArray(), e => Assert.Equal(codeInsee, e.GetProperty("node").GetProperty("codeInsee").GetString()));
        Assert.Equal(0, data.GetProperty("bySource").GetProperty("totalCount").GetInt32());
        var byCategorie = data.GetProperty("byCategorie").GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(byCategorie);
        Assert.All(byCategorie, e => Assert.Contains(e.GetProperty("node").GetProperty("thematiques").EnumerateArray(),
            t => t.GetString()!.StartsWith(categorie + "--", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task NestedLookups_IssueOneQueryPerLevel_NotOnePerParent()
    {
        var statements = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            // Npgsql also traces physical connection opens; only activities carrying SQL text are commands.
            ActivityStopped = activity =>
            {
                if ((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string sql)
                {
                    statements.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var data = await ExecuteAsync("{ structures(first: 50) { edges { node { id services { id structure { id } } } } } }");

        var structures = data.GetProperty("structures").GetProperty("edges").GetArrayLength();
        Assert.True(structures >= 10);
        // One page, one batch of services for all structures, one batch of their structures.
        Assert.True(statements.Count == 3, string.Join("\n", statements));
    }

    [Fact]
    public async Task StructureAndService_ById_ReachEachOther()
    {
        var serviceId = (await Sql.ColumnAsync(_db, "SELECT id FROM marts.services ORDER BY id LIMIT 1"))[0];

        var data = await ExecuteAsync($$"""{ service(id: "{{serviceId}}") { id structure { id services { id } } } missing: structure(id: "demo--nope") { id } }""");

        var service = data.GetProperty("service");
        Assert.Equal(serviceId, service.GetProperty("id").GetString());
        Assert.Contains(service.GetProperty("structure").GetProperty("services").EnumerateArray(), s => s.GetProperty("id").GetString() == serviceId);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [Fact]
    public async Task PageSizeBeyondTheLimit_IsAClearGraphQLError()
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = _schema, Query = "{ structures(first: 5000) { totalCount } }" });

        var error = Assert.Single(result.Errors!);
        Assert.Contains("between 0 and 1000", error.Message, StringComparison.Ordinal);
        Assert.Equal(["structures"], error.Path!);
    }

    [Fact]
    public async Task Sources_ListTheRegistryWithTheirLastRun()
    {
        var data = await ExecuteAsync("{ sources { slug inOpenData lastRun { status published } } }");

        var demo = data.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("slug").GetString() == "demo");
        Assert.Equal("succeeded", demo.GetProperty("lastRun").GetProperty("status").GetString());
        Assert.True(demo.GetProperty("lastRun").GetProperty("published").GetInt32() > 0);
        Assert.Contains(data.GetProperty("sources").EnumerateArray(), s => s.GetProperty("slug").GetString() == "agefiph" && !s.GetProperty("inOpenData").GetBoolean());
        // Restricted: listed only to the tokens granted it (RestrictedSourcesTests).
        Assert.DoesNotContain(data.GetProperty("sources").EnumerateArray(), s => s.GetProperty("slug").GetString() == "soliguide");
    }

    private Task<JsonElement> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        MartsSchema.DataAsync(_schema, query, variables);
}
