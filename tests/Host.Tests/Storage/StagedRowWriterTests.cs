using System.Text;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Storage;

/// <summary>
/// Issue 8: the typed mart rows staged during normalisation (StagedRowWriter, migration 0170) hold exactly what the
/// publication computed before with <c>jsonb_populate_record</c> from the same JSON, for every column type the marts use.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StagedRowWriterTests(PostgresFixture postgres)
{
    private static readonly string Huge = string.Concat(Enumerable.Repeat("Accueil « sans rendez-vous » 🚲 \\\"citation\\\"\\n\\ttabulé, ", 400));

    private static readonly NormalizedRecord[] Structures =
    [
        new("s--riche", null, true, """
            {"id": "s--riche", "nom": "Épicerie « solidaire »", "nom": "Épicerie sociale", "date_maj": "2025-03-01", "siret": null,
             "description": "Ligne 1\nLigne 2 \u00e9t\u00e9 \ud83d\ude00", "reseaux_porteurs": [], "longitude": -1.55, "latitude": 47.2183,
             "courriel_personnel": false, "adresse_producteur": {"adresse": "1 rue X", "code_postal": null}, "geocodage": null,
             "code_insee": "44109", "inconnu": {"a": [1, 2]}, "telephone": 240000000}
            """),
        new("s--nue", null, true, """{"id": "s--nue", "nom": "N", "date_maj": "2024-12-31"}"""),
        new("s--invalide", null, false, """{"id": "s--invalide", "nom": "Jamais publiée", "date_maj": "2024-12-31"}"""),
    ];

    private static readonly NormalizedRecord[] Services =
    [
        new("s--v1", "s--riche", true, $$"""
            {"id": "s--v1", "structure_id": "s--riche", "nom": "Garage", "description": "{{Huge}}", "date_maj": "2025-03-01",
             "thematiques": ["mobilite--entretenir-reparer-son-vehicule", null], "publics": [], "modes_accueil": null,
             "volume_horaire_hebdomadaire": 12.5, "nombre_semaines": 3, "score_qualite": 0.6666666666666666,
             "criteres_qualite": [{"nom": "date_maj_recente", "score": 1}], "courriel_personnel": true, "zone_eligibilite": ["44"],
             "publics_precisions": "Personnes \u00e9loign\u00e9es de l'emploi — 日本語"}
            """),
        new("s--v2", "s--nue", true, """{"id": "s--v2", "structure_id": "s--nue", "nom": "V", "description": "D", "date_maj": "2025-01-01", "score_qualite": 1}"""),
    ];

    [Fact]
    public async Task StagedRows_EqualJsonbPopulateRecord_ForEveryMartColumn()
    {
        var db = await postgres.CreateDatabaseAsync();
        var runId = await StageAsync(db, Structures, Services);

        Assert.Equal(["s--nue|", "s--riche|"], await DifferencesAsync(db, runId, "structures"));
        Assert.Equal(["s--v1|", "s--v2|"], await DifferencesAsync(db, runId, "services"));
        Assert.Equal(Huge.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal),
            await Sql.ScalarAsync<string>(db, "SELECT description FROM normalized.staged_services WHERE id = 's--v1'"));
        Assert.Equal("0.6666666666666666|0.67", await Sql.ScalarAsync<string>(db,
            "SELECT quality_score::text || '|' || score_qualite::text FROM normalized.staged_services WHERE id = 's--v1'"));
    }

    [Fact]
    public async Task ColumnsOfEveryOtherSupportedType_AddedToAMart_AreStagedAsJsonbPopulateRecordReadsThem()
    {
        var db = await postgres.CreateDatabaseAsync();
        await MirrorAsync(db, """
            ALTER TABLE marts.services ADD COLUMN x_ts timestamptz, ADD COLUMN x_small smallint, ADD COLUMN x_big bigint,
                ADD COLUMN x_uuid uuid, ADD COLUMN x_chars varchar(12), ADD COLUMN x_flag boolean,
                ADD COLUMN x_price numeric, ADD COLUMN x_text text
            """);
        var service = new NormalizedRecord("s--v3", "s--nue", true, """
            {"id": "s--v3", "structure_id": "s--nue", "nom": "V", "description": "D", "date_maj": "2025-01-01",
             "x_ts": "2025-03-01T10:15:00+01:00", "x_small": 7, "x_big": 9007199254740993, "x_uuid": "0b5c6e1e-8f0b-4a5e-9d43-7d1b6c1f0a11",
             "x_chars": "court", "x_flag": "false", "x_price": "12.50", "x_text": 1.50}
            """);

        var runId = await StageAsync(db, Structures[1..2], [service]);

        Assert.Equal(["s--v3|"], await DifferencesAsync(db, runId, "services"));
        Assert.Equal("2025-03-01 09:15:00+00|9007199254740993|12.50|1.50", await Sql.ScalarAsync<string>(db,
            "SELECT to_char(x_ts AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00|' || x_big::text || '|' || x_price::text || '|' || x_text FROM normalized.staged_services"));
    }

    [Fact]
    public async Task MartColumnOfATypeWithoutJsonReader_FailsTheRunAtItsStart()
    {
        var db = await postgres.CreateDatabaseAsync();
        await MirrorAsync(db, "ALTER TABLE marts.structures ADD COLUMN emplacement point");
        await using var dataSource = NpgsqlDataSource.Create(db);

        var error = await Assert.ThrowsAsync<NotSupportedException>(
            () => new LayerStore(dataSource).OpenNormalizedAsync(Guid.NewGuid(), "s", CancellationToken.None));

        Assert.Contains("\"emplacement\" has type point", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_ChangesIfAndOnlyIfTheJsonChanges()
    {
        static Guid Digest(string json) => StagedRowWriter.Digest(Encoding.UTF8.GetBytes(json));
        const string Record = """{"id": "s--a", "nom": "Structure", "date_maj": "2025-03-01"}""";

        Assert.Equal(Digest(Record), Digest(new StringBuilder(Record).ToString()));
        Assert.NotEqual(Digest(Record), Digest(Record.Replace("Structure", "Structurf", StringComparison.Ordinal)));
        Assert.NotEqual(Digest(Record), Digest(Record.Replace("2025-03-01", "2025-03-02", StringComparison.Ordinal)));
        Assert.NotEqual(Digest(Record), Digest(Record.Replace("}", ", \"siret\": null}", StringComparison.Ordinal)));
    }

    /// <summary>Runs <paramref name="sql"/> (a migration that changes a mart), then the Migrator, which mirrors it into the staged tables.</summary>
    internal static async Task MirrorAsync(string db, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(db);
        await using (var command = dataSource.CreateCommand(sql))
        {
            await command.ExecuteNonQueryAsync();
        }

        await new Migrator(dataSource, Microsoft.Extensions.Logging.Abstractions.NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    /// <summary>Writes a run of source "s" through the normalised layer's writer (which stages its valid records) and commits it.</summary>
    internal static async Task<Guid> StageAsync(string db, IReadOnlyList<NormalizedRecord> structures, IReadOnlyList<NormalizedRecord> services)
    {
        var runId = Guid.NewGuid();
        await using var dataSource = NpgsqlDataSource.Create(db);
        await using (var command = dataSource.CreateCommand("INSERT INTO ops.runs (id, source, started_at, status) VALUES ($1, 's', now(), 'running')"))
        {
            command.Parameters.Add(new() { Value = runId });
            await command.ExecuteNonQueryAsync();
        }

        await using var writer = await new LayerStore(dataSource).OpenNormalizedAsync(runId, "s", CancellationToken.None);
        await writer.WriteAsync(new ValidatedBatch(structures, services, []), CancellationToken.None);
        await writer.CommitAsync(CancellationToken.None);
        return runId;
    }

    /// <summary>
    /// For each staged row of the run, "id|" followed by the mart columns where it differs from what
    /// <c>jsonb_populate_record</c> gives for its normalised JSON (with the run's id and source, as the publication added them).
    /// </summary>
    private static async Task<List<string>> DifferencesAsync(string db, Guid runId, string mart)
    {
        var columns = await Sql.ColumnAsync(db, $"""
            SELECT quote_ident(a.attname) FROM pg_attribute a
            WHERE a.attrelid = 'marts.{mart}'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attname NOT LIKE 'search\_%'
            ORDER BY a.attnum
            """);
        var checks = string.Join(", ", columns.Select(c => $"CASE WHEN s.{c} IS DISTINCT FROM r.{c} THEN '{c.Replace("'", "''", StringComparison.Ordinal)}' END"));
        return await Sql.ColumnAsync(db, $"""
            SELECT s.id || '|' || array_to_string(ARRAY[{checks}], ',')
            FROM normalized.staged_{mart} s JOIN normalized.{mart} n ON n.run_id = s.run_id AND n.id = s.id,
                jsonb_populate_record(NULL::marts.{mart}, n.data || jsonb_build_object('run_id', n.run_id, 'source', n.source)) r
            WHERE s.run_id = '{runId}' ORDER BY s.id
            """);
    }
}
