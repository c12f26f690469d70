using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// The one place that builds mart rows. The publication first stages the run's valid records as typed mart rows, each
/// with its <c>search_vector</c> (the functions of migration 0124) and its content digest, in two temporary tables
/// (<see cref="StagedStructures"/>, <see cref="StagedServices"/>), then inserts them into the marts. The column lists
/// are read from the catalog in the publication's transaction, so a migration that adds a mart column needs no change
/// here. Like the other publication statements they take the run as $1 and the source as $2.
/// </summary>
internal static class MartInserts
{
    /// <summary>The run's staged structures: mart columns, vector and digest; dropped when the publication ends.</summary>
    public const string StagedStructures = "publication_structures";

    /// <summary>The run's staged services: mart columns, vector and digest; dropped when the publication ends.</summary>
    public const string StagedServices = "publication_services";

    private const string Vector = "search_vector";
    private const string Digest = "digest";

    /// <summary>Reads the marts' current columns and returns the staging and insert statements built on them.</summary>
    public static async Task<MartStatements> StatementsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT c.relname, array_agg(a.attname::text ORDER BY a.attnum)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.oid IN ('marts.structures'::regclass, 'marts.services'::regclass)
                AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> '{Vector}'
            GROUP BY c.relname
            """, connection, transaction);
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                columns[reader.GetString(0)] = reader.GetFieldValue<string[]>(1);
            }
        }

        var (structures, services) = (columns["structures"], columns["services"]);
        return new MartStatements(
            [StageStructures(structures), StageServices(services)],
            [Insert("marts.structures", StagedStructures, "structure", structures, StructureClusters), Insert("marts.services", StagedServices, "service", services, [])]);
    }

    // Staging is where the CPU goes (jsonb_populate_record, and to_tsvector over every description: ~70 % of the
    // national publication). As CREATE TABLE AS it may run as a parallel query, which an INSERT … SELECT never does: the
    // pipeline's process waits during the publication, so PostgreSQL gets both cores. jsonb_populate_record is called in
    // FROM (once per row; "(f(x)).*" in a select list calls f once per column). A structure's score_qualite (issue 9 §3)
    // is the mean of its valid services in this run; its digest covers the score too (RecordVersions). Temporary tables
    // write no WAL and disappear with the transaction, committed or not.
    private static string StageStructures(string[] columns) => $"""
        CREATE TEMP TABLE {StagedStructures} ON COMMIT DROP AS
        SELECT {List(columns, "r.")}, marts.structure_search_vector(r.nom, r.description, r.reseaux_porteurs) AS {Vector},
            md5(n.data::text || coalesce(q.score::text, ''))::uuid AS {Digest}
        FROM normalized.structures n
            LEFT JOIN ({RecordVersions.StructureScores}) q ON q.structure_id = n.id,
            jsonb_populate_record(NULL::marts.structures,
                n.data || jsonb_build_object('run_id', n.run_id, 'source', n.source, 'score_qualite', q.score)) r
        WHERE n.run_id = $1 AND n.source = $2 AND n.is_valid
        """;

    private static string StageServices(string[] columns) => $"""
        CREATE TEMP TABLE {StagedServices} ON COMMIT DROP AS
        SELECT {List(columns, "r.")},
            marts.service_search_vector(r.nom, r.description, r.thematiques, r.publics, r.publics_precisions) AS {Vector},
            md5(n.data::text)::uuid AS {Digest}
        FROM normalized.services n,
            jsonb_populate_record(NULL::marts.services, n.data || jsonb_build_object('run_id', n.run_id, 'source', n.source)) r
        WHERE n.run_id = $1 AND n.source = $2 AND n.is_valid
        """;

    // A published structure keeps its cluster from the last clustering's map, and one the map does not know yet gets the
    // id a cluster of its own would get (ClusterIds.Fresh: "c-" and 16 hex digits of the SHA-256 of its id) and stands
    // for it: the clustering that follows the publication then rewrites only the structures whose cluster changed, not
    // every row of the source (each rewrite of a row maintains all of its indexes). Until it has run, readers see the
    // previous clustering's answer instead of NULLs.
    private static readonly (string Column, string Value)[] StructureClusters =
    [
        ("cluster_id", "coalesce(c.cluster_id, 'c-' || left(encode(sha256(convert_to(t.id, 'UTF8')), 'hex'), 16))"),
        ("meilleur_du_cluster", "coalesce(c.meilleur_du_cluster, true)"),
    ];

    // updated_at (issue 12) comes from ops.record_versions, brought up to date by RecordVersions from the staged digests.
    private static string Insert(string mart, string staged, string resourceType, string[] columns, (string Column, string Value)[] computed)
    {
        string Value(string column) =>
            column == "updated_at" ? "v.updated_at" : computed.FirstOrDefault(c => c.Column == column).Value ?? "t." + Quote(column);
        var clusters = computed.Length == 0 ? string.Empty : "LEFT JOIN ops.structure_clusters c ON c.structure_id = t.id";
        return $"""
            INSERT INTO {mart} ({List(columns, string.Empty)}, {Vector})
            SELECT {string.Join(", ", columns.Select(Value))}, t.{Vector}
            FROM {staged} t LEFT JOIN ops.record_versions v ON v.resource_type = '{resourceType}' AND v.id = t.id {clusters}
            WHERE $1::uuid IS NOT NULL AND $2::text IS NOT NULL
            """;
    }

    private static string List(string[] columns, string prefix) => string.Join(", ", columns.Select(c => prefix + Quote(c)));

    private static string Quote(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
