namespace DataInclusion.Host.Storage;

/// <summary>
/// The publication statements that decide which of a source's mart rows a republication keeps (issue 8: a source is
/// republished every day and most of its records have not changed). A mart row is kept, untouched, when the run stages
/// its record with the digest <c>ops.record_versions</c> holds for it (the content it was written with); every other
/// row of the source is deleted, and only the run's records without a mart row left are then inserted
/// (<see cref="MartInserts"/>). They run in the publication's transaction before <see cref="RecordVersions"/> moves the
/// digests on and, like the other publication statements, take the run as $1 and the source as $2.
/// </summary>
internal static class UnchangedRecords
{
    /// <summary>Each staged structure's quality score and publication digest (its record's digest and its score).</summary>
    public const string StructureDigests = "publication_structure_digests";

    /// <summary>
    /// Computes <see cref="StructureDigests"/> once for the deletes, the versions and the inserts: the score is a mean over
    /// the run's services, which each of them would otherwise aggregate again.
    /// </summary>
    public static readonly string Digests = $"""
        CREATE TEMP TABLE {StructureDigests} ON COMMIT DROP AS
        SELECT s.id, q.score, md5(s.digest::text || coalesce(q.score::text, ''))::uuid AS digest
        FROM {NormalizedLayerWriter.StagedStructures} s LEFT JOIN ({RecordVersions.StructureScores}) q ON q.structure_id = s.id
        WHERE s.run_id = $1 AND $2::text IS NOT NULL
        """;

    /// <summary>
    /// Deletes the source's mart rows whose record left the run or changed. Services first: a kept service may name a
    /// changed structure, which is deleted here and inserted again before the publication checks the services' structures.
    /// </summary>
    /// <remarks>
    /// NOT IN, not NOT EXISTS: the planner estimates the join on id and digest at one row (it takes the two equalities
    /// as independent), and for NOT EXISTS then chose a nested-loop anti-join that rescanned the 145,000 unchanged
    /// services once per mart row (minutes at national size). NOT IN over a subquery it deems small becomes a hashed
    /// subplan: one pass, whatever the estimate.
    /// </remarks>
    public static readonly string[] Deletes =
    [
        $"""
        DELETE FROM marts.services m WHERE m.source = $2 AND m.id NOT IN (
            SELECT n.id FROM {NormalizedLayerWriter.StagedServices} n
                JOIN ops.record_versions v ON v.resource_type = 'service' AND v.id = n.id AND v.source = $2 AND v.digest = n.digest
            WHERE n.run_id = $1)
        """,
        $"""
        DELETE FROM marts.structures m WHERE m.source = $2 AND m.id NOT IN (
            SELECT d.id FROM {StructureDigests} d
                JOIN ops.record_versions v ON v.resource_type = 'structure' AND v.id = d.id AND v.source = $2 AND v.digest = d.digest
            WHERE $1::uuid IS NOT NULL)
        """,
    ];

    /// <summary>
    /// Deletes every mart row of the source, so that none is kept: for a publication whose shape differs from the
    /// source's last one (<see cref="PublicationShape"/>), whose kept rows might lack what the new shape computes.
    /// </summary>
    public static readonly string[] DeleteAll =
    [
        "DELETE FROM marts.services WHERE source = $2 AND $1::uuid IS NOT NULL",
        "DELETE FROM marts.structures WHERE source = $2 AND $1::uuid IS NOT NULL",
    ];
}
