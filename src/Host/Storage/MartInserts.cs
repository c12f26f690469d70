using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// The one place that builds mart rows. The run's valid records were staged as typed mart rows with their content
/// digest during normalisation (<see cref="NormalizedLayerWriter.StagedStructures"/>,
/// <see cref="NormalizedLayerWriter.StagedServices"/>); the publication computes their <c>search_vector</c> (the functions
/// of migration 0124) and the search indexes' columns derived from it (migration 0190) in two temporary tables
/// (<see cref="StructureVectors"/>, <see cref="ServiceVectors"/>), then inserts
/// staged rows and vectors into the marts. The column lists are read from the catalog in the publication's transaction, so a migration that adds
/// a mart column needs no change here. Like the other publication statements they take the run as $1 and the source as $2.
/// </summary>
internal static class MartInserts
{
    /// <summary>The run's structures' search vectors; dropped when the publication ends.</summary>
    public const string StructureVectors = "publication_structure_vectors";

    /// <summary>The run's services' search vectors; dropped when the publication ends.</summary>
    public const string ServiceVectors = "publication_service_vectors";

    private const string Vector = "search_vector";

    // Migration 0190: the search indexes' values are mart columns. The costly one, the publics' vector (a to_tsvector
    // per row), is computed in the parallel staging beside the search vector; the two cheap ts_filter over the search
    // vector are computed by the INSERT from the staged vector. Computing those in the staging too (the vector in an
    // OFFSET 0 subquery, so it is not computed twice) ran them in the leader above the Gather and slowed the staging by
    // more than the INSERT saved (quiet national run: +4.9 s against -1.8 s).
    private static readonly (string Column, string Value)[] StructureSearch =
    [
        (Vector, "w." + Vector),
        ("search_name", $"marts.search_name(w.{Vector})"),
        ("search_name_length", $"marts.search_name_length(w.{Vector})"),
    ];

    private static readonly (string Column, string Value)[] ServiceSearch = [.. StructureSearch, ("search_publics", "w.search_publics")];

    // Every mart column named search_* is computed by the publication, never staged (0190's normalized.mirror_mart_columns).
    private const string SearchColumns = "search\\_%";

    // The vectors are most of the publication's CPU (to_tsvector over every description). As CREATE TABLE AS they may be
    // computed by a parallel query, which an INSERT … SELECT never is: the pipeline's process waits during the
    // publication, so PostgreSQL gets both cores. Computed instead on COPY during normalisation (a generated column of the
    // staged tables), they ran on the one core the server has while the pipeline maps: the normalisation grew by more
    // than the publication saved (national, load ~11: +48 s against -58 s). Temporary tables write no WAL and disappear
    // with the transaction, committed or not. They run after UnchangedRecords deleted the mart rows of the records that
    // changed or left: a staged record whose mart row is still there is unchanged and kept, so only the others get a
    // vector (the anti-join is on a regular table, which keeps the query parallel; a temporary table would not) and,
    // through the inner join on the vectors, a mart row.
    private static readonly string[] Staging =
    [
        $"""
        CREATE TEMP TABLE {StructureVectors} ON COMMIT DROP AS
        SELECT id, marts.structure_search_vector(nom, description, reseaux_porteurs) AS {Vector}
        FROM {NormalizedLayerWriter.StagedStructures} WHERE run_id = $1 AND $2::text IS NOT NULL
            AND NOT EXISTS (SELECT FROM marts.structures m WHERE m.id = {NormalizedLayerWriter.StagedStructures}.id)
        """,
        $"""
        CREATE TEMP TABLE {ServiceVectors} ON COMMIT DROP AS
        SELECT id, marts.service_search_vector(nom, description, thematiques, publics, publics_precisions) AS {Vector},
            marts.publics_vector(publics, publics_precisions) AS search_publics
        FROM {NormalizedLayerWriter.StagedServices} WHERE run_id = $1 AND $2::text IS NOT NULL
            AND NOT EXISTS (SELECT FROM marts.services m WHERE m.id = {NormalizedLayerWriter.StagedServices}.id)
        """,
    ];

    /// <summary>Reads the marts' current columns and returns the staging and insert statements built on them.</summary>
    public static async Task<MartStatements> StatementsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT c.relname, array_agg(a.attname::text ORDER BY a.attnum)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.oid IN ('marts.structures'::regclass, 'marts.services'::regclass)
                AND a.attnum > 0 AND NOT a.attisdropped AND a.attname NOT LIKE '{SearchColumns}'
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

        return new MartStatements(
            Staging,
            [
                Insert("marts.structures", NormalizedLayerWriter.StagedStructures, StructureVectors, StructureSearch, "structure", columns["structures"], StructureComputed, StructureJoins),
                Insert("marts.services", NormalizedLayerWriter.StagedServices, ServiceVectors, ServiceSearch, "service", columns["services"], [], string.Empty),
            ]);
    }

    // A structure's score_qualite (issue 9 §3) is the mean of its valid services in this run (UnchangedRecords.StructureDigests).
    // A published structure keeps its cluster from the last clustering's map, and one the map does not know yet gets the
    // id a cluster of its own would get (ClusterIds.Fresh: "c-" and 16 hex digits of the SHA-256 of its id) and stands
    // for it: the clustering that follows the publication then rewrites only the structures whose cluster changed, not
    // every row of the source (each rewrite of a row maintains all of its indexes). Until it has run, readers see the
    // previous clustering's answer instead of NULLs.
    private static readonly (string Column, string Value)[] StructureComputed =
    [
        ("score_qualite", "q.score"),
        ("cluster_id", "coalesce(c.cluster_id, 'c-' || left(encode(sha256(convert_to(t.id, 'UTF8')), 'hex'), 16))"),
        ("meilleur_du_cluster", "coalesce(c.meilleur_du_cluster, true)"),
    ];

    private const string StructureJoins = $"""
        LEFT JOIN {UnchangedRecords.StructureDigests} q ON q.id = t.id
        LEFT JOIN ops.structure_clusters c ON c.structure_id = t.id
        """;

    // The rows are written in the order the API's pages read them: a département's page walks the (département, id)
    // index of migration 0031 in id order (MartsReader.PageCommand), so rows written in that order lie on a few heap
    // pages (the département's 100 jeunes services: ~110 buffers instead of ~420; its 50 structures: ~16 instead of ~53)
    // and a commune's rows stay inside its département's. The sort of the wide rows spills to disk (national: ~0.8 s
    // for the services, ~0.5 s for the structures), yet the INSERTs did not grow (12.3 s and 5.5 s against 12.9 s and
    // 5.6 s, quiet pair): the place indexes then take their entries in order. A republication writes only the changed
    // rows, sorted among themselves.
    private const string PageOrder = "ORDER BY marts.departement(t.code_insee), t.id";

    // updated_at (issue 12) comes from ops.record_versions, brought up to date by RecordVersions from the staged digests.
    private static string Insert(
        string mart, string staged, string vectors, (string Column, string Value)[] search, string resourceType, string[] columns, (string Column, string Value)[] computed, string joins)
    {
        string Value(string column) =>
            column == "updated_at" ? "v.updated_at" : computed.FirstOrDefault(c => c.Column == column).Value ?? "t." + Quote(column);
        return $"""
            INSERT INTO {mart} ({List(columns)}, {List(search.Select(c => c.Column))})
            SELECT {string.Join(", ", columns.Select(Value))}, {string.Join(", ", search.Select(c => c.Value))}
            FROM {staged} t JOIN {vectors} w ON w.id = t.id
                LEFT JOIN ops.record_versions v ON v.resource_type = '{resourceType}' AND v.id = t.id {joins}
            WHERE t.run_id = $1 AND $2::text IS NOT NULL
            {PageOrder}
            """;
    }

    private static string List(IEnumerable<string> columns) => string.Join(", ", columns.Select(Quote));

    private static string Quote(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
