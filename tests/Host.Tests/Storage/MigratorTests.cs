using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class MigratorTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrate_AppliesEveryMigrationOnce_ThenNothing()
    {
        var connectionString = await postgres.CreateDatabaseAsync(migrate: false);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var migrator = new Migrator(dataSource, NullLogger<Migrator>.Instance);

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(Migrator.LoadMigrations().Count, first);
        Assert.Equal(0, second);
        var tables = await Sql.ColumnAsync(connectionString,
            "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema IN ('raw','normalized','marts','ops') ORDER BY 1");
        Assert.Contains("marts.structures", tables);
        Assert.Contains("marts.services", tables);
        Assert.Contains("marts.validation_errors", tables);
        Assert.Contains("raw.payloads", tables);
    }

    [Fact]
    public async Task Migrate_TwoInstancesAtOnce_ApplyEachMigrationOnce()
    {
        var connectionString = await postgres.CreateDatabaseAsync(migrate: false);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);

        var counts = await Task.WhenAll(
            new Migrator(dataSource, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None),
            new Migrator(dataSource, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None));

        Assert.Equal(Migrator.LoadMigrations().Count, counts.Sum());
    }

    [Fact]
    public async Task MartColumns_AreNamedExactlyAsTheV1Fields()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var columns = await Sql.ColumnAsync(connectionString,
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'marts' AND table_name = 'structures' ORDER BY ordinal_position");

        Assert.Equal(
            ["source", "id", "nom", "date_maj", "description", "lien_source", "siret", "commune", "code_postal", "code_insee", "adresse",
             "complement_adresse", "longitude", "latitude", "telephone", "courriel", "site_web", "horaires_accueil", "accessibilite_lieu",
             "reseaux_porteurs", "run_id",
             // Derived after publication, not v1 fields (migration 0060: clustering).
             "cluster_id", "meilleur_du_cluster",
             "score_qualite", // the data·inclusion API's name for the quality score (migration 0070)
             "courriel_personnel", "etablissement_ferme", // enrichment flags read by the open-data dumps (migration 0080)
             "code_departement", "code_region", "code_epci", "code_arrondissement", // from the offline COG (migration 0081)
             "adresse_provenance", "adresse_producteur", "geocodage", // geocoding provenance (migration 0083)
             "est_siege", // head office according to Recherche d'entreprises (migration 0085)
             "updated_at", // our last change of the record, for incremental sync (migration 0120)
             "search_vector", // full-text search (migration 0122)
             "search_name", "search_name_length"], // the search indexes' values, computed by the publication (migration 0190)
            columns);
    }
}
