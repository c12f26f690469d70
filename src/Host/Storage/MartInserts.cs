using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// The one place that builds mart rows. The run's valid records were staged as typed mart rows during normalisation
/// (<see cref="NormalizedLayerWriter.StagedStructures"/>, <see cref="NormalizedLayerWriter.StagedServices"/>: each with its
/// <c>search_vector</c>, computed by PostgreSQL as it was copied, and its content digest); the publication inserts them
/// into the marts. The column lists are read from the catalog in the publication's transaction, so a migration that adds
/// a mart column needs no change here. Like the other publication statements they take the run as $1 and the source as $2.
/// </summary>
internal static class MartInserts
{
    private const string Vector = "search_vector";

    /// <summary>Reads the marts' current columns and returns the insert statements built on them.</summary>
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

        return new MartStatements(
            [
                Insert("marts.structures", NormalizedLayerWriter.StagedStructures, "structure", columns["structures"], StructureComputed, StructureJoins),
                Insert("marts.services", NormalizedLayerWriter.StagedServices, "service", columns["services"], [], string.Empty),
            ]);
    }

    // A structure's score_qualite (issue 9 §3) is the mean of its valid services in this run (RecordVersions.StructureScores).
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
        LEFT JOIN ({RecordVersions.StructureScores}) q ON q.structure_id = t.id
        LEFT JOIN ops.structure_clusters c ON c.structure_id = t.id
        """;

    // updated_at (issue 12) comes from ops.record_versions, brought up to date by RecordVersions from the staged digests.
    private static string Insert(string mart, string staged, string resourceType, string[] columns, (string Column, string Value)[] computed, string joins)
    {
        string Value(string column) =>
            column == "updated_at" ? "v.updated_at" : computed.FirstOrDefault(c => c.Column == column).Value ?? "t." + Quote(column);
        return $"""
            INSERT INTO {mart} ({List(columns)}, {Vector})
            SELECT {string.Join(", ", columns.Select(Value))}, t.{Vector}
            FROM {staged} t LEFT JOIN ops.record_versions v ON v.resource_type = '{resourceType}' AND v.id = t.id {joins}
            WHERE t.run_id = $1 AND $2::text IS NOT NULL
            """;
    }

    private static string List(string[] columns) => string.Join(", ", columns.Select(Quote));

    private static string Quote(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
