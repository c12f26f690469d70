using System.Collections.Concurrent;
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

/// <summary>
/// The API reads no more than a query needs (issue 8): no count query when the first page holds every match, and only
/// the columns the selection asks for.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReadEconomyTests(PostgresFixture postgres) : IAsyncLifetime
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
    public async Task FirstPageHoldingEveryMatch_TotalCountIsItsLength_WithoutACountQuery()
    {
        var expected = await Sql.ScalarAsync<long>(_db, "SELECT count(*) FROM marts.structures");

        var (data, statements) = await ExecuteAsync("{ structures(first: 1000) { totalCount edges { node { id } } } }");

        Assert.Equal(expected, data.GetProperty("structures").GetProperty("totalCount").GetInt32());
        Assert.True(statements.Count == 1, string.Join("\n", statements));
        Assert.DoesNotContain(statements, sql => sql.Contains("count(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PartialPage_TotalCountCountsEveryMatch_WithTheFilter()
    {
        var codeInsee = (await Sql.ColumnAsync(_db, "SELECT code_insee FROM marts.services GROUP BY code_insee HAVING count(*) > 1 LIMIT 1"))[0];
        var expected = await Sql.ScalarAsync<long>(_db, $"SELECT count(*) FROM marts.services WHERE code_insee = '{codeInsee}'");

        var (data, statements) = await ExecuteAsync($$"""{ services(first: 1, codeCommune: "{{codeInsee}}") { totalCount } }""");

        Assert.Equal(expected, data.GetProperty("services").GetProperty("totalCount").GetInt32());
        Assert.Contains(statements, sql => sql.Contains("count(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PageAfterACursor_TotalCountStillCountsEveryMatch()
    {
        var first = (await Sql.ColumnAsync(_db, "SELECT id FROM marts.structures ORDER BY id LIMIT 1"))[0];
        var expected = await Sql.ScalarAsync<long>(_db, "SELECT count(*) FROM marts.structures");

        var (data, _) = await ExecuteAsync($$"""{ structures(first: 1000, after: "{{Cursor.Encode(first)}}") { totalCount } }""");

        Assert.Equal(expected, data.GetProperty("structures").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task PageAndNestedBatches_ReadOnlyTheSelectedColumns_AndTheKeysTheyNeed()
    {
        var (data, statements) = await ExecuteAsync(
            "{ services(first: 3) { edges { cursor node { nom structure { telephone services { dateMaj } } } } } }");

        Assert.Equal(3, statements.Count);
        Assert.StartsWith("SELECT id, nom, structure_id FROM marts.services", statements[0], StringComparison.Ordinal);
        Assert.StartsWith("SELECT id, telephone FROM marts.structures", statements[1], StringComparison.Ordinal);
        Assert.StartsWith("SELECT date_maj, id, structure_id FROM marts.services", statements[2], StringComparison.Ordinal);
        var node = data.GetProperty("services").GetProperty("edges")[0].GetProperty("node");
        Assert.False(string.IsNullOrEmpty(node.GetProperty("nom").GetString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", node.GetProperty("structure").GetProperty("services")[0].GetProperty("dateMaj").GetString()!);
    }

    [Fact]
    public async Task SelectionWithAFragment_ReadsEveryColumn_AndAnswersTheSame()
    {
        var (withFragment, statements) = await ExecuteAsync(
            "{ structures(first: 2) { edges { node { ...f } } } } fragment f on Structure { nom codeInsee services { nom } }");
        var (plain, _) = await ExecuteAsync("{ structures(first: 2) { edges { node { nom codeInsee services { nom } } } } }");

        Assert.StartsWith("SELECT * FROM marts.structures", statements[0], StringComparison.Ordinal);
        Assert.Equal(plain.GetRawText(), withFragment.GetRawText());
    }

    private async Task<(JsonElement Data, List<string> Statements)> ExecuteAsync(string query)
    {
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if ((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string sql && sql.Contains("marts.", StringComparison.Ordinal))
                {
                    statements.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = _schema, Query = query });
        Assert.True(result.Errors is null or { Count: 0 }, result.ToJson());
        return (JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data"), statements.ToList());
    }
}
