using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 12 §1: updated_at is our last change of a record: a republication that changes nothing keeps it, a changed
/// record gets the new publication's time, and list cursors (keyset on id) stay valid across a republication.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RecordVersionsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task UpdatedAt_MovesOnlyForRecordsWhoseContentChanged()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(3);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var first = await UpdatedAtAsync(harness.Db);

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        Assert.Equal(first, await UpdatedAtAsync(harness.Db));

        harness.Connector.StructuresJson = RunnerHarness.Structures(3).Replace("Structure s 2", "Structure s 2 renommée", StringComparison.Ordinal);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var third = await UpdatedAtAsync(harness.Db);

        Assert.Equal(first["test-feed--s1"], third["test-feed--s1"]);
        Assert.Equal(first["test-feed--s3"], third["test-feed--s3"]);
        Assert.True(third["test-feed--s2"] > first["test-feed--s2"], $"{third["test-feed--s2"]:O} should follow {first["test-feed--s2"]:O}");

        await using var dataSource = NpgsqlDataSource.Create(harness.Db);
        var data = await MartsSchema.DataAsync(MartsSchema.Build(dataSource), "query($since: DateTime) { structures(updatedSince: $since) { edges { node { id } } } }",
            new Dictionary<string, object?> { ["since"] = third["test-feed--s2"].ToString("O") });
        Assert.Equal(["test-feed--s2"], PortalMarts.Ids(data.GetProperty("structures")));
    }

    [Fact]
    public async Task UpdatedAt_OfARecordThatLeftAndCameBack_IsItsReturn()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(2);
        await harness.RunAsync();
        var first = await UpdatedAtAsync(harness.Db);
        harness.Connector.StructuresJson = RunnerHarness.Structures(1);
        await harness.RunAsync();
        harness.Connector.StructuresJson = RunnerHarness.Structures(2);
        await harness.RunAsync();

        Assert.True((await UpdatedAtAsync(harness.Db))["test-feed--s2"] > first["test-feed--s2"]);
    }

    [Fact]
    public async Task ListCursor_StaysValidAcrossARepublication()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(9, "a");
        await harness.RunAsync();
        await using var dataSource = NpgsqlDataSource.Create(harness.Db);
        var schema = MartsSchema.Build(dataSource);
        var page = (await MartsSchema.DataAsync(schema, "{ structures(first: 3) { edges { node { id } } pageInfo { endCursor } } }")).GetProperty("structures");
        Assert.Equal(["test-feed--a1", "test-feed--a2", "test-feed--a3"], PortalMarts.Ids(page));

        // Republished with a record before the cursor added and one after it removed: an offset would now repeat a3.
        harness.Connector.StructuresJson = RunnerHarness.Structures(9, "a").Replace("\"id\": \"a5\"", "\"id\": \"a0\"", StringComparison.Ordinal);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var next = await MartsSchema.DataAsync(schema, "query($after: String) { structures(first: 3, after: $after) { edges { node { id } } } }",
            new Dictionary<string, object?> { ["after"] = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        Assert.Equal(["test-feed--a4", "test-feed--a6", "test-feed--a7"], PortalMarts.Ids(next.GetProperty("structures")));
    }

    private static async Task<Dictionary<string, DateTime>> UpdatedAtAsync(string db)
    {
        var rows = await Sql.ColumnAsync(db, "SELECT id || '|' || to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') FROM marts.structures ORDER BY id");
        return rows.Select(r => r.Split('|')).ToDictionary(p => p[0], p => DateTime.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
