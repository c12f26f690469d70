using System.Net;
using System.Text.Json;
using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>
/// The GraphQL response cache over real HTTP and a real PostgreSQL (issue 8): identical requests are answered from
/// memory, a publication's commit empties it (migration 0180's NOTIFY), callers who see different sources never share
/// an entry, and errors are never kept.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ResponseCacheHttpTests(PostgresFixture postgres)
{
    private static readonly Dictionary<string, string?> s_cacheOn = new() { ["Api:ResponseCache:MaxMegabytes"] = "1" };

    [Fact]
    public async Task IdenticalRequest_IsAnsweredFromTheCache_UntilAPublicationCommits()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        var id = (await Sql.ColumnAsync(harness.Db, "SELECT id FROM marts.structures ORDER BY id LIMIT 1"))[0];
        await using var host = await StartAsync(harness.Db);
        using var http = host.Client();
        var query = $$"""{ structure(id: "{{id}}") { nom } }""";

        await RenameWithoutNotifyingAsync(harness.Db, id, "Renommée hors publication");
        Assert.Equal("Renommée hors publication", await NomAsync(http, query));
        await RenameWithoutNotifyingAsync(harness.Db, id, "Renommée une deuxième fois");
        Assert.Equal("Renommée hors publication", await NomAsync(http, query));

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        // The republication keeps the rows of unchanged records as they are, the one renamed outside it included.
        var published = (await Sql.ColumnAsync(harness.Db, $"SELECT nom FROM marts.structures WHERE id = '{id}'"))[0];
        Assert.Equal("Renommée une deuxième fois", published);

        // The notification reaches the listener just after the commit: the next answers come from the marts again.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string? nom;
        while ((nom = await NomAsync(http, query)) != published && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(published, nom);
    }

    [Fact]
    public async Task RunInTheServersProcess_EmptiesTheCacheBeforeItReturns_WithoutWaitingForTheNotification()
    {
        var martsChanged = new MartsChangedSignal();
        var harness = await RunnerHarness.CreateAsync(postgres, martsChanged: martsChanged);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        var id = (await Sql.ColumnAsync(harness.Db, "SELECT id FROM marts.structures ORDER BY id LIMIT 1"))[0];
        await using var host = await StartAsync(harness.Db, martsChanged);
        using var http = host.Client();
        var query = $$"""{ structure(id: "{{id}}") { nom } }""";
        // The NOTIFY aside (its triggers off), as when it is still on its way to the listener after the commit.
        await harness.ExecuteAsync("""
            ALTER TABLE marts.structures DISABLE TRIGGER structures_changed_notify;
            ALTER TABLE marts.services DISABLE TRIGGER services_changed_notify;
            ALTER TABLE ops.runs DISABLE TRIGGER runs_changed_notify
            """);
        await RenameWithoutNotifyingAsync(harness.Db, id, "Renommée hors publication");
        Assert.Equal("Renommée hors publication", await NomAsync(http, query));
        await RenameWithoutNotifyingAsync(harness.Db, id, "Renommée une deuxième fois");
        Assert.Equal("Renommée hors publication", await NomAsync(http, query));

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);

        // At once: the run returned after emptying this process's cache, so the answer is the marts' row again (an
        // identical republication keeps the row renamed outside it as it is).
        Assert.Equal("Renommée une deuxième fois", await NomAsync(http, query));
    }

    [Fact]
    public async Task TwoCallersWhoSeeDifferentSources_NeverShareAnEntry()
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db);
        await using var host = await StartAsync(db);
        using var http = host.Client();
        var granted = await host.CreateTokenAsync("dora-partenaire", sources: ["soliguide"]);
        var withoutGrant = await host.CreateTokenAsync("portail");
        const string Query = "{ structures { edges { node { id } } } }";
        const string All = """{"structures":{"edges":[{"node":{"id":"alpha--s1"}},{"node":{"id":"soliguide--p1"}}]}}""";
        const string Public = """{"structures":{"edges":[{"node":{"id":"alpha--s1"}}]}}""";

        Assert.Equal(All, await ApiHost.DataAsync(http, Query, granted));
        Assert.Equal(Public, await ApiHost.DataAsync(http, Query, token: null));
        Assert.Equal(Public, await ApiHost.DataAsync(http, Query, withoutGrant));
        Assert.Equal(All, await ApiHost.DataAsync(http, Query, granted));

        var cache = host.Services.GetRequiredService<ResponseCache>();
        Assert.Equal(2, cache.Count);
        Assert.Equal(2, cache.Hits);
    }

    [Fact]
    public async Task ResponsesWithErrors_AreNeverKept()
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db);
        await using var host = await StartAsync(db);
        using var http = host.Client();

        for (var i = 0; i < 2; i++)
        {
            using var response = await http.SendAsync(ApiHost.GraphQL("{ services(first: 5000) { totalCount } }"));
            Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var cache = host.Services.GetRequiredService<ResponseCache>();
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Hits);
    }

    private static async Task<ApiHost> StartAsync(string db, MartsChangedSignal? martsChanged = null)
    {
        var host = await ApiHost.StartAsync(db, s_cacheOn, martsChanged: martsChanged);
        var cache = host.Services.GetRequiredService<ResponseCache>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!cache.IsListening && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(cache.IsListening, "the publication listener did not connect");
        return host;
    }

    // As if someone changed the marts outside a publication, with the triggers (and so the NOTIFY) switched off.
    private static async Task RenameWithoutNotifyingAsync(string db, string id, string nom)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var replica = new NpgsqlCommand("SET LOCAL session_replication_role = replica", connection, transaction))
        {
            await replica.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand("UPDATE marts.structures SET nom = $1 WHERE id = $2", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = nom });
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private static async Task<string?> NomAsync(HttpClient http, string query) =>
        JsonDocument.Parse(await ApiHost.DataAsync(http, query, token: null)).RootElement.GetProperty("structure").GetProperty("nom").GetString();

}
