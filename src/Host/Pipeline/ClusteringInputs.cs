using DataInclusion.Normalize.Dedup;
using Npgsql;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// A digest of what a clustering reads and what it leaves behind (issue 8: an identical republication clustered the
/// 98,250 national structures again for ≈ 4 s to find the same answer): the clusterer's code, every published
/// structure's clustering columns (<see cref="PublishedStructures"/>) with the cluster the marts show for it, and the
/// map of <c>ops.structure_clusters</c>. When the current digest is the one the last clustering recorded, clustering
/// again would give the same clusters, and <see cref="StructureClustering"/> skips it.
/// </summary>
/// <remarks>
/// A row's hash is PostgreSQL's <c>hash_record_extended</c> over its typed values (no text rendering, so no session
/// setting such as extra_float_digits changes it); the digest of a table is the count and the XOR of its rows' hashes,
/// which the clustering can bring up to date for the rows it rewrites without reading the table again. A change of one
/// row, a removal or a new row changes it but for a 64-bit hash collision.
/// </remarks>
internal static class ClusteringInputs
{
    /// <summary>
    /// The clusterer's code: the assemblies the keys, the clusterer and this clustering are built from (a build is
    /// deterministic, so their module ids change with their code and its embedded référentiels).
    /// </summary>
    public static string Code { get; } = string.Join('/',
        typeof(StructureClusterer).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(StructureClustering).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    /// <summary>The hash of a mart row as the clustering sees it: the columns it reads, its cluster and best flag.</summary>
    public static string RowHash(string alias) =>
        $"hash_record_extended(row({string.Join(", ", PublishedStructures.Columns.Select(c => $"{alias}.{c}"))}, {alias}.cluster_id, {alias}.meilleur_du_cluster), 0)";

    private static readonly string MapHash = "hash_record_extended(row(structure_id, cluster_id, meilleur_du_cluster), 0)";

    /// <summary>The digest of the marts and the map as they are now.</summary>
    public static async Task<string> CurrentAsync(NpgsqlConnection connection, string code, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT m.n, m.x, c.n, c.x
            FROM (SELECT count(*), coalesce(bit_xor({RowHash("s")}), 0) FROM marts.structures s) AS m (n, x),
                 ({MapSql}) AS c (n, x)
            """, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Format(code, new Digest(reader.GetInt64(0), reader.GetInt64(1)), new Digest(reader.GetInt64(2), reader.GetInt64(3)));
    }

    /// <summary>The digest of the map, read in the caller's transaction (only a clustering writes it, under its lock).</summary>
    public static async Task<Digest> MapAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(MapSql, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new Digest(reader.GetInt64(0), reader.GetInt64(1));
    }

    public static string Format(string code, Digest marts, Digest map) => $"{code} marts {marts} map {map}";

    private static string MapSql => $"SELECT count(*), coalesce(bit_xor({MapHash}), 0) FROM ops.structure_clusters";

    /// <summary>The count and XOR of a set of row hashes: adding or removing a row is one XOR.</summary>
    public readonly record struct Digest(long Count, long Xor)
    {
        public Digest With(long hash) => new(Count + 1, Xor ^ hash);

        /// <summary>A row rewritten: its old hash out, its new one in.</summary>
        public Digest Replace(long oldHash, long newHash) => this with { Xor = Xor ^ oldHash ^ newHash };

        public override string ToString() => $"{Count}:{Xor:x16}";
    }
}
