using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8, migration 0190: the search indexes' values (the name's part of the vector, its length, the publics' vector)
/// are mart columns the publication computes in its parallel staging, equal to the functions the expression indexes
/// evaluated; the triggers fill them for any other writer, and the migration computes them for rows already published.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SearchColumnsPublicationTests(PostgresFixture postgres)
{
    // Each row: id, then whether each column equals its function, then the column itself (so a NULL shows).
    private const string Differences = """
        SELECT id || '|' || (search_name IS NOT DISTINCT FROM marts.search_name(search_vector))
            || (search_name_length IS NOT DISTINCT FROM marts.search_name_length(search_vector))
            || (search_publics IS NOT DISTINCT FROM marts.publics_vector(publics, publics_precisions))
            || '|' || coalesce(search_name::text, 'NULL') || '|' || coalesce(search_publics::text, 'NULL')
        FROM marts.services
        UNION ALL
        SELECT id || '|' || (search_name IS NOT DISTINCT FROM marts.search_name(search_vector))
            || (search_name_length IS NOT DISTINCT FROM marts.search_name_length(search_vector)) || 'true'
            || '|' || coalesce(search_name::text, 'NULL') || '|'
        FROM marts.structures ORDER BY 1
        """;

    [Fact]
    public async Task Publication_WritesTheSearchColumns_AsTheFunctionsCompute()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = SetBasedPublicationTests.SearchStructuresJson;
        harness.Connector.ServicesJson = """
            [{"id": "v1", "structure_id": "s1", "nom": "Garage solidaire : réparer sa voiture", "date_maj": "2025-03-01",
              "description": "Réparations à prix réduit.", "thematiques": ["mobilite--entretenir-reparer-son-vehicule"],
              "publics": ["jeunes", "demandeurs-emploi"], "publics_precisions": "Personnes éloignées de l'emploi"}]
            """;
        // Without the insert triggers: the publication itself must write the columns.
        await harness.ExecuteAsync(SetBasedPublicationTests.WithoutSearchTriggers);

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        var rows = await Sql.ColumnAsync(harness.Db, Differences);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("truetruetrue", r.Split('|')[1]));
        Assert.Equal("'garag':1A 'repar':3A 'solidair':2A 'voitur':5A", rows.Single(r => r.StartsWith("test-feed--v1|", StringComparison.Ordinal)).Split('|')[2]);
        Assert.Contains("'jeun'", rows.Single(r => r.StartsWith("test-feed--v1|", StringComparison.Ordinal)).Split('|')[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triggers_FillTheSearchColumns_OfAnInsertWithoutThem_AndFollowAnUpdateOfTheTexts()
    {
        var db = await postgres.CreateDatabaseAsync();
        await ExecuteAsync(db, """
            INSERT INTO marts.structures (source, id, nom, date_maj, run_id) VALUES ('m', 'm--s1', 'Maison des solidarités', DATE '2025-01-01', gen_random_uuid());
            INSERT INTO marts.services (source, structure_id, id, nom, description, date_maj, run_id, publics)
            VALUES ('m', 'm--s1', 'm--v1', 'Atelier numérique', 'Initiation.', DATE '2025-01-01', gen_random_uuid(), ARRAY['seniors']);
            """);
        Assert.All(await Sql.ColumnAsync(db, Differences), r => Assert.Equal("truetruetrue", r.Split('|')[1]));

        await ExecuteAsync(db, "UPDATE marts.services SET nom = 'Atelier du numérique pour tous', publics = ARRAY['jeunes']");

        var service = Assert.Single(await Sql.ColumnAsync(db, Differences), r => r.StartsWith("m--v1|", StringComparison.Ordinal)).Split('|');
        Assert.Equal("truetruetrue", service[1]);
        Assert.Equal("'ateli':1A 'numer':3A 'tous':5A", service[2]);
        Assert.Contains("'jeun'", service[3], StringComparison.Ordinal);
        Assert.DoesNotContain("'senior'", service[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migration0190_ComputesTheSearchColumns_OfRowsAlreadyPublished()
    {
        var db = await postgres.CreateDatabaseAsync(migrate: false);
        var migrations = Migrator.LoadMigrations();
        foreach (var (_, sql) in migrations.Where(m => string.CompareOrdinal(m.Version, "0190") < 0))
        {
            await ExecuteAsync(db, sql);
        }

        await ExecuteAsync(db, """
            INSERT INTO marts.structures (source, id, nom, date_maj, run_id, reseaux_porteurs) VALUES ('m', 'm--s1', 'Épicerie sociale', DATE '2025-01-01', gen_random_uuid(), ARRAY['aci']);
            INSERT INTO marts.services (source, structure_id, id, nom, description, date_maj, run_id, publics, publics_precisions)
            VALUES ('m', 'm--s1', 'm--v1', 'Garage solidaire', 'Réparations.', DATE '2025-01-01', gen_random_uuid(), ARRAY['seniors'], 'retraités');
            """);

        await ExecuteAsync(db, migrations.Single(m => m.Version.StartsWith("0190", StringComparison.Ordinal)).Sql);

        var rows = await Sql.ColumnAsync(db, Differences);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("truetruetrue", r.Split('|')[1]));
        Assert.All(rows, r => Assert.NotEqual("NULL", r.Split('|')[2]));
        Assert.Contains("'retrait'", rows.Single(r => r.StartsWith("m--v1|", StringComparison.Ordinal)).Split('|')[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StagedRows_HaveNoSearchColumn_ThePublicationComputesThem()
    {
        var db = await postgres.CreateDatabaseAsync();

        var staged = await Sql.ColumnAsync(db, """
            SELECT c.relname || '.' || a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.oid IN ('normalized.staged_structures'::regclass, 'normalized.staged_services'::regclass)
                AND a.attnum > 0 AND NOT a.attisdropped AND a.attname LIKE 'search%'
            """);

        Assert.Empty(staged);
    }

    private static async Task ExecuteAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
