using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// The last clustering's answer, <c>ops.structure_clusters</c> (which the publication reads to carry each structure's
/// cluster into the marts), and the writes that bring it and <c>marts.structures</c> to a new answer.
/// </summary>
/// <remarks>
/// Only what changed is written: on the national benchmark the map was deleted and copied whole (98,000 rows, ≈ 0.5 s
/// and as many dead rows) and every structure joined to it (≈ 0.2 s) after each publication, while a republication of
/// unchanged records changes no cluster. Callers hold the clustering's advisory lock: nothing else writes the map.
/// </remarks>
internal static class ClusterMap
{
    /// <summary>Member id → cluster id, and the ids that stand for their cluster.</summary>
    public sealed record Previous(Dictionary<string, string> ClusterIds, HashSet<string> Best);

    public static async Task<Previous> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var previous = new Previous(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        await using var command = new NpgsqlCommand("SELECT structure_id, cluster_id, meilleur_du_cluster FROM ops.structure_clusters", connection)
        {
            CommandTimeout = 0,
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            previous.ClusterIds[id] = reader.GetString(1);
            if (reader.GetBoolean(2))
            {
                previous.Best.Add(id);
            }
        }

        return previous;
    }

    /// <summary>
    /// Makes the map say <paramref name="clusterIds"/> (by index of <paramref name="published"/>) and
    /// <paramref name="best"/>, and rewrites the published rows whose cluster or best flag differ from that. Returns the
    /// digest of the marts as read with this answer written (<see cref="ClusteringInputs"/>).
    /// </summary>
    public static async Task<ClusteringInputs.Digest> WriteChangesAsync(
        NpgsqlConnection connection, Previous previous, IReadOnlyList<PublishedStructure> published, IReadOnlyList<string> clusterIds,
        HashSet<string> best, CancellationToken cancellationToken)
    {
        var current = new HashSet<string>(StringComparer.Ordinal);
        var map = new Changes();
        var marts = new Changes();
        var digest = default(ClusteringInputs.Digest);
        for (var i = 0; i < published.Count; i++)
        {
            var (id, cluster, isBest) = (published[i].Id, clusterIds[i], best.Contains(published[i].Id));
            current.Add(id);
            digest = digest.With(published[i].Hash);
            if (!previous.ClusterIds.TryGetValue(id, out var was) || was != cluster || previous.Best.Contains(id) != isBest)
            {
                map.Add(id, cluster, isBest);
            }

            if (published[i].ClusterId != cluster || published[i].MeilleurDuCluster != isBest)
            {
                marts.Add(id, cluster, isBest, published[i].Hash);
            }
        }

        var removed = previous.ClusterIds.Keys.Where(id => !current.Contains(id)).ToArray();
        if (removed.Length > 0)
        {
            await ExecuteAsync(connection, "DELETE FROM ops.structure_clusters WHERE structure_id = ANY($1)", [Texts(removed)], cancellationToken);
        }

        if (map.Ids.Count > 0)
        {
            await ExecuteAsync(connection, """
                INSERT INTO ops.structure_clusters (structure_id, cluster_id, meilleur_du_cluster)
                SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])
                ON CONFLICT (structure_id) DO UPDATE SET cluster_id = excluded.cluster_id, meilleur_du_cluster = excluded.meilleur_du_cluster
                """, map.Parameters(), cancellationToken);
        }

        if (marts.Ids.Count > 0)
        {
            // Only rows still as they were read (same hash): one a publication rewrote since carries the map's answer
            // or a content not clustered yet, and keeps its read hash in the digest, so the next clustering runs.
            await using var command = new NpgsqlCommand($"""
                UPDATE marts.structures s SET cluster_id = c.cluster_id, meilleur_du_cluster = c.meilleur_du_cluster
                FROM unnest($1::text[], $2::text[], $3::boolean[], $4::bigint[]) AS c (structure_id, cluster_id, meilleur_du_cluster, hash)
                WHERE s.id = c.structure_id AND {ClusteringInputs.RowHash("s")} = c.hash
                RETURNING c.hash, {ClusteringInputs.RowHash("s")}
                """, connection) { CommandTimeout = 0 };
            command.Parameters.AddRange(marts.Parameters());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                digest = digest.Replace(reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        return digest;
    }

    private static NpgsqlParameter Texts(IReadOnlyList<string> values) => new() { Value = values, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Rows to write, as the arrays the statements unnest (the marts' also with each row's hash as read).</summary>
    private sealed class Changes
    {
        public List<string> Ids { get; } = [];

        private readonly List<string> _clusters = [];
        private readonly List<bool> _best = [];
        private readonly List<long> _hashes = [];

        public void Add(string id, string cluster, bool best, long? hash = null)
        {
            Ids.Add(id);
            _clusters.Add(cluster);
            _best.Add(best);
            if (hash is { } value)
            {
                _hashes.Add(value);
            }
        }

        public NpgsqlParameter[] Parameters()
        {
            NpgsqlParameter[] parameters =
                [Texts(Ids), Texts(_clusters), new() { Value = _best, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean }];
            return _hashes.Count == 0
                ? parameters
                : [.. parameters, new() { Value = _hashes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint }];
        }
    }
}
