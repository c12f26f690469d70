using DataInclusion.Host.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>
/// The portal lookups' pool (issue 8): repeated statements are prepared once per connection but planned for their own
/// parameters, the pool is bounded, and a connection string's own settings are kept.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiReadPoolTests(PostgresFixture postgres)
{
    [Fact]
    public async Task RepeatedPage_IsPreparedOnTheConnection_AndNeverRunsAGenericPlan()
    {
        var db = await postgres.CreateDatabaseAsync();
        // One connection, so every execution lands on the same backend and its prepared statements.
        await using var pool = ApiReadPool.Create(db, new ApiDatabaseOptions { MaxPoolSize = 1 });
        var marts = new MartsReader(pool);

        for (var i = 0; i < 12; i++)
        {
            await marts.PageAsync(MartsReader.Services, new MartFilter(CodeCommune: "44109"), SourceVisibility.Public, 20, null, ["id", "nom"], CancellationToken.None);
        }

        await using var command = pool.CreateCommand(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%FROM marts.services%code_insee%'");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the page statement was not prepared");
        Assert.Equal(0L, reader.GetInt64(0));
        Assert.True(reader.GetInt64(1) >= 5, $"custom plans: {reader.GetInt64(1)}");
    }

    [Fact]
    public async Task ValueIndependentStatements_RunGenericPlans_OnTheGenericPool_AndTheOthersCustomPlans()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var custom = ApiReadPool.Create(db, new ApiDatabaseOptions { MaxPoolSize = 1 });
        await using var generic = ApiReadPool.CreateGeneric(db, new ApiDatabaseOptions { MaxPoolSize = 1 });
        var marts = new MartsReader(custom, genericSource: generic);

        for (var i = 0; i < 12; i++)
        {
            await marts.PageAsync(MartsReader.Services, new MartFilter(CodeCommune: "44109", Publics: ["jeunes"]), SourceVisibility.Public, 20, null, ["id", "nom"], CancellationToken.None);
            await marts.WhereInAsync(MartsReader.Structures, "id", ["a", "b"], SourceVisibility.Public, ["id", "nom"], CancellationToken.None);
            await marts.PageAsync(MartsReader.Services, new MartFilter(Sources: ["dora"]), SourceVisibility.Public, 20, null, ["id", "nom"], CancellationToken.None);
        }

        Assert.Equal((Generic: true, Custom: false), await PlansAsync(generic, "%FROM marts.services%code_insee%"));
        Assert.Equal((Generic: true, Custom: false), await PlansAsync(generic, "%FROM marts.structures%id = ANY%"));
        Assert.Equal((Generic: false, Custom: true), await PlansAsync(custom, "%FROM marts.services%source = $%"));
        await using var show = generic.CreateCommand("SELECT current_setting('plan_cache_mode') || ' ' || current_setting('enable_bitmapscan')");
        Assert.Equal("force_generic_plan off", await show.ExecuteScalarAsync());
    }

    // Whether the one prepared statement like the pattern, on the pool's one connection, ran generic and custom plans.
    private static async Task<(bool Generic, bool Custom)> PlansAsync(NpgsqlDataSource pool, string pattern)
    {
        await using var command = pool.CreateCommand("SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE $1");
        command.Parameters.Add(new NpgsqlParameter { Value = pattern });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"not prepared: {pattern}");
        return (reader.GetInt64(0) > 0, reader.GetInt64(1) > 0);
    }

    [Fact]
    public async Task Pool_IsBounded_AndKeepsTheConnectionStringsOwnOptions()
    {
        var db = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()) { Options = "-c statement_timeout=12345", Timeout = 1 }.ConnectionString;
        await using var pool = ApiReadPool.Create(db, new ApiDatabaseOptions { MaxPoolSize = 2 });

        await using var first = await pool.OpenConnectionAsync();
        await using var second = await pool.OpenConnectionAsync();
        await using (var show = new NpgsqlCommand("SELECT current_setting('plan_cache_mode'), current_setting('statement_timeout')", first))
        await using (var reader = await show.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            Assert.Equal("force_custom_plan", reader.GetString(0));
            Assert.Equal("12345ms", reader.GetString(1));
        }

        // A third caller waits for one of the two connections (here, past the 1 s timeout).
        await Assert.ThrowsAsync<NpgsqlException>(async () => await pool.OpenConnectionAsync());
    }
}
