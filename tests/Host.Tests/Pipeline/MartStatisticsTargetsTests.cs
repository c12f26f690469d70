using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8, the ANALYZE after a publication: statistics only for the mart columns some statement selects by (migration
/// 0200), and the marts analyzed at the same time on their own connections (<see cref="MartStatistics"/>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MartStatisticsTargetsTests(PostgresFixture postgres)
{
    // Every column a filter of the API (MartPredicates, GeoSearch, TextSearch), a plan test or the publication reads, and
    // the département expression of its index: the planner's estimates of those filters come from these statistics.
    private static readonly string[] ServiceFilters =
    [
        "source", "id", "structure_id", "code_insee", "code_region", "code_epci", "thematiques", "publics", "modes_accueil",
        "zone_eligibilite", "frais", "type", "updated_at", "score_qualite", "search_vector", "search_name",
        "search_name_length", "search_publics", "latitude", "longitude", "date_maj",
    ];

    private static readonly string[] StructureFilters =
    [
        "source", "id", "code_insee", "code_region", "code_epci", "reseaux_porteurs", "updated_at", "score_qualite",
        "cluster_id", "meilleur_du_cluster", "search_vector", "search_name", "search_name_length", "latitude", "longitude",
        "date_maj", "siret",
    ];

    [Fact]
    public async Task FirstPublication_GathersStatisticsForTheFilteredColumnsOnly()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(50);
        harness.Connector.ServicesJson = RunnerHarness.ServicesOf(50);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        var services = await StatisticsOfAsync(harness.Db, "services");
        var structures = await StatisticsOfAsync(harness.Db, "structures");
        Assert.Empty(ServiceFilters.Except(services));
        Assert.Empty(StructureFilters.Except(structures));
        Assert.Contains("services_departement_idx", await IndexStatisticsAsync(harness.Db));
        Assert.Contains("structures_departement_idx", await IndexStatisticsAsync(harness.Db));

        // The wide columns read only to be returned: no histogram computed on ANALYZE's sample.
        Assert.Empty(services.Intersect(["nom", "description", "criteres_qualite", "geocodage", "adresse_producteur", "commune", "telephone"]));
        Assert.Empty(structures.Intersect(["nom", "description", "geocodage", "adresse_producteur", "commune", "telephone", "site_web"]));
    }

    [Fact]
    public async Task Refresh_AnalyzesTheServices_WhileTheStructuresWaitForALock()
    {
        // A fresh database: both marts were never analyzed, so both are stale.
        var harness = await RunnerHarness.CreateAsync(postgres);
        await using var dataSource = NpgsqlDataSource.Create(harness.Db);
        await using var blocker = await dataSource.OpenConnectionAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        // ANALYZE takes SHARE UPDATE EXCLUSIVE: the structures' waits for this transaction.
        await using (var lockStructures = new NpgsqlCommand("LOCK TABLE marts.structures IN SHARE UPDATE EXCLUSIVE MODE", blocker, transaction))
        {
            await lockStructures.ExecuteNonQueryAsync();
        }

        var refresh = new MartStatistics(dataSource).RefreshAsync(CancellationToken.None);

        // Analyzed one after the other, the services would wait behind the structures until the lock is released.
        Assert.True(await ServicesAnalyzedWithinAsync(harness.Db, TimeSpan.FromSeconds(60)), "the services were not analyzed while the structures waited");
        Assert.False(refresh.IsCompleted);

        await transaction.RollbackAsync();
        Assert.Equal(MartStatistics.Marts, await refresh);
    }

    private static async Task<bool> ServicesAnalyzedWithinAsync(string db, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (!timeout.IsCancellationRequested)
        {
            // ANALYZE of an empty table commits reltuples = 0 in place of "never analyzed" (-1).
            if (await Sql.ScalarAsync<float>(db, "SELECT reltuples FROM pg_class WHERE oid = 'marts.services'::regclass") >= 0)
            {
                return true;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        return false;
    }

    private static Task<List<string>> StatisticsOfAsync(string db, string mart) =>
        Sql.ColumnAsync(db, $"SELECT attname::text FROM pg_stats WHERE schemaname = 'marts' AND tablename = '{mart}' ORDER BY 1");

    private static Task<List<string>> IndexStatisticsAsync(string db) =>
        Sql.ColumnAsync(db, "SELECT DISTINCT tablename::text FROM pg_stats WHERE schemaname = 'marts' AND tablename LIKE '%_idx'");
}
