using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// The publication's two INSERT … SELECT into the marts, with each row's <c>search_vector</c> computed in the SELECT by
/// the functions of migration 0124 (set-based: the per-row plpgsql trigger of 0122 made a national publication several
/// times slower; the insert triggers skip a row that brings its vector). The column lists are read from the catalog in
/// the publication's transaction, so a migration that adds a mart column needs no change here. Like the other
/// publication statements they take the run as $1 and the source as $2.
/// </summary>
internal static class MartInserts
{
    private const string Vector = "search_vector";

    /// <summary>The two INSERTs (structures, services) for the marts' current columns.</summary>
    public static async Task<string[]> StatementsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
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

        return [Structures(columns["structures"]), Services(columns["services"])];
    }

    // jsonb_populate_record maps each v1 field of the normalised JSON onto the mart column of the same name. It is called
    // in FROM (one call per row): in the select list, "(jsonb_populate_record(...)).*" is expanded to one call per column.
    // A structure's score_qualite (issue 9 §3) is the mean of the services published with it, set as it is inserted.
    // updated_at (issue 12) comes from ops.record_versions, brought up to date by RecordVersions first.
    private static string Structures(string[] columns) => $"""
        INSERT INTO marts.structures ({List(columns, string.Empty)}, {Vector})
        SELECT {List(columns, "r.")}, marts.structure_search_vector(r.nom, r.description, r.reseaux_porteurs)
        FROM normalized.structures n
            LEFT JOIN ({RecordVersions.StructureScores}) q ON q.structure_id = n.id
            LEFT JOIN ops.record_versions v ON v.resource_type = 'structure' AND v.id = n.id,
            jsonb_populate_record(NULL::marts.structures,
                n.data || jsonb_build_object('run_id', n.run_id, 'source', n.source, 'score_qualite', q.score, 'updated_at', v.updated_at)) r
        WHERE n.run_id = $1 AND n.source = $2 AND n.is_valid
        """;

    private static string Services(string[] columns) => $"""
        INSERT INTO marts.services ({List(columns, string.Empty)}, {Vector})
        SELECT {List(columns, "r.")}, marts.service_search_vector(r.nom, r.description, r.thematiques, r.publics, r.publics_precisions)
        FROM normalized.services n
            LEFT JOIN ops.record_versions v ON v.resource_type = 'service' AND v.id = n.id,
            jsonb_populate_record(NULL::marts.services, n.data || jsonb_build_object('run_id', n.run_id, 'source', n.source, 'updated_at', v.updated_at)) r
        WHERE n.run_id = $1 AND n.source = $2 AND n.is_valid
        """;

    private static string List(string[] columns, string prefix) =>
        string.Join(", ", columns.Select(c => prefix + "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
