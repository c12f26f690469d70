namespace DataInclusion.Host.Storage;

/// <summary>
/// The publication statements that keep <c>ops.record_versions</c> (migration 0120): a digest of each published record's
/// content and when it last changed. They run in the publication's transaction after <see cref="UnchangedRecords"/> compared
/// the run's digests with these (to keep the unchanged records' mart rows) and before the marts are filled, which then
/// copy <c>updated_at</c> from it; like the other publication statements they take the run as $1 and the source as $2.
/// </summary>
internal static class RecordVersions
{
    /// <summary>
    /// Each structure's quality score (issue 9 §3): the mean of its valid services in this run, as the marts publish it,
    /// from the services' exact scores (the mart keeps them rounded to 2 decimals).
    /// </summary>
    public const string StructureScores = """
        SELECT structure_id, round(avg(quality_score), 2) AS score FROM normalized.staged_services
        WHERE run_id = $1 GROUP BY structure_id
        """;

    // The digest is the staged row's (StagedRowWriter: a hash of the normalised JSON) plus, for a structure, the quality
    // score it gets from its services at publication (UnchangedRecords.StructureDigests, computed earlier in the same
    // transaction): both are what the marts publish of the record. The time is the
    // transaction's (now()), the same for every record a publication changes.
    public static readonly string[] Statements =
    [
        $"""
        DELETE FROM ops.record_versions v WHERE v.source = $2 AND v.resource_type = 'structure'
            AND NOT EXISTS (SELECT FROM {NormalizedLayerWriter.StagedStructures} n WHERE n.run_id = $1 AND n.id = v.id)
        """,
        $"""
        DELETE FROM ops.record_versions v WHERE v.source = $2 AND v.resource_type = 'service'
            AND NOT EXISTS (SELECT FROM {NormalizedLayerWriter.StagedServices} n WHERE n.run_id = $1 AND n.id = v.id)
        """,
        Upsert("structure", $"SELECT id, digest FROM {UnchangedRecords.StructureDigests} WHERE $1::uuid IS NOT NULL"),
        Upsert("service", $"SELECT id, digest FROM {NormalizedLayerWriter.StagedServices} WHERE run_id = $1"),
    ];

    // One set-based statement per resource type: the new digests joined to the previous ones, and only a new or changed
    // digest reaches the upsert, which stamps it with the publication's time. An unchanged record keeps the time of its
    // last change and its row is not even locked (an ON CONFLICT … WHERE false still locks and rewrites every row).
    private static string Upsert(string resourceType, string digests) => $"""
        INSERT INTO ops.record_versions AS v (resource_type, id, source, digest, updated_at)
        SELECT '{resourceType}', d.id, $2, d.digest, now() FROM ({digests}) d
            LEFT JOIN ops.record_versions p ON p.resource_type = '{resourceType}' AND p.id = d.id
        WHERE p.digest IS DISTINCT FROM d.digest OR p.source IS DISTINCT FROM $2
        ON CONFLICT (resource_type, id) DO UPDATE SET digest = excluded.digest, source = excluded.source, updated_at = excluded.updated_at
        """;
}
