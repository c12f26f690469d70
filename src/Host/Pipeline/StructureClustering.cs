using System.Text;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Dedup;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Recomputes the clusters of every published structure of every source (issue 9 §2) and stores each one's
/// <c>cluster_id</c> and <c>meilleur_du_cluster</c> in the marts. Runs after a publication, never inside it: the
/// next publication recomputes everything, so a failed clustering costs freshness, not data.
/// </summary>
internal sealed class StructureClustering(NpgsqlDataSource dataSource, StructureClusterer clusterer, TimeProvider time)
{
    public StructureClustering(NpgsqlDataSource dataSource)
        : this(dataSource, new StructureClusterer(), TimeProvider.System)
    {
    }

    /// <summary>How one clustering went.</summary>
    public sealed record Outcome(int Structures, int Clusters, int CrossSourceClusters);

    /// <summary>Clusters the marts and stores the result; records the clustering (or its failure) in <c>ops.clusterings</c>.</summary>
    public async Task<Outcome> RefreshAsync(Guid? runId, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        try
        {
            var outcome = await ClusterAsync(cancellationToken);
            await RecordAsync(runId, startedAt, outcome.Structures, outcome.Clusters, null, cancellationToken);
            return outcome;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await RecordAsync(runId, startedAt, 0, 0, ex.Message, CancellationToken.None);
            throw;
        }
    }

    // Every statement here runs without Npgsql's 30 s default (CommandTimeout = 0), like the statements of ExecuteAsync:
    // at ×3 national size (300,000 structures on a loaded 2-core machine) reading the marts back exceeded it and the
    // clustering failed. A run's cancellation still stops it.
    private async Task<Outcome> ClusterAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two sources publishing at once: the second clustering waits and then reads both publications.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('marts.structures cluster_id'))", cancellationToken);
        var (input, published) = await ReadStructuresAsync(connection, cancellationToken);
        var result = clusterer.Cluster(input, await ReadPreviousAsync(connection, cancellationToken));
        var best = BestIds(published, result, await ReadQualityScoresAsync(connection, cancellationToken));

        await ExecuteAsync(connection, "DELETE FROM ops.structure_clusters", cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY ops.structure_clusters (structure_id, cluster_id, meilleur_du_cluster) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < published.Count; i++)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(published[i].Id, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(result.ClusterIdByIndex[i], NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(best.Contains(published[i].Id), NpgsqlDbType.Boolean, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        // One set-based statement; rows whose values did not change are not rewritten.
        await ExecuteAsync(connection, """
            UPDATE marts.structures s SET cluster_id = c.cluster_id, meilleur_du_cluster = c.meilleur_du_cluster
            FROM ops.structure_clusters c
            WHERE c.structure_id = s.id
              AND (s.cluster_id IS DISTINCT FROM c.cluster_id OR s.meilleur_du_cluster IS DISTINCT FROM c.meilleur_du_cluster)
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var sources = published.Select((s, i) => (s.Source, Cluster: result.ClusterIdByIndex[i]))
            .GroupBy(p => p.Cluster, StringComparer.Ordinal)
            .Count(g => g.Select(p => p.Source).Distinct(StringComparer.Ordinal).Skip(1).Any());
        return new Outcome(published.Count, result.Clusters.Count, sources);
    }

    /// <summary>
    /// The published rows, read back through the same v1 reader as the <c>dedup</c> command's files: the mart's columns
    /// are the v1 fields, so <c>to_jsonb</c> of a row is a v1 record (extra columns are ignored by the reader). The long
    /// free texts that neither the clusterer nor the best-record choice read here (it ranks by quality score) are left
    /// out, and rows are read in chunks, each reduced to the clusterer's keys and the few fields the best-record choice
    /// reads before the next is read: at ×3 national size (300,000 structures) holding them all took 1.4 GB.
    /// </summary>
    private async Task<(ClusterInput Input, List<Published> Published)> ReadStructuresAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // 2,000 rows: the garbage of a chunk (JSON, mapped and enriched copies) set the peak with 10,000.
        const int ChunkRows = 2_000;
        var input = clusterer.NewInput();
        var published = new List<Published>();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var issues = new List<ValidationIssue>();
        using var ndjson = new MemoryStream();
        var rows = 0;
        void ReadChunk()
        {
            var document = new RawDocument(V1FeedMapper.StructuresStream, "marts.structures", ndjson.GetBuffer().AsMemory(0, (int)ndjson.Length), "application/x-ndjson");
            var chunk = V1FeedMapper.ReadStructures(document, issues);
            input.Add(chunk);
            foreach (var structure in chunk)
            {
                published.Add(BestRecordFields(structure, sources));
            }

            ndjson.SetLength(0);
            rows = 0;
        }

        await using (var command = new NpgsqlCommand("""
            SELECT (to_jsonb(s) - 'description' - 'horaires_accueil' - 'accessibilite_lieu' - 'lien_source')::text
            FROM marts.structures s ORDER BY id
            """, connection) { CommandTimeout = 0 })
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ndjson.Write(Encoding.UTF8.GetBytes(reader.GetString(0)));
                ndjson.WriteByte((byte)'\n');
                if (++rows == ChunkRows)
                {
                    ReadChunk();
                }
            }
        }

        ReadChunk();
        // Published rows passed validation: one the reader refuses is a broken invariant, not data to skip quietly.
        return issues.Count == 0
            ? (input, published)
            : throw new InvalidOperationException($"{issues.Count} published structures could not be read back, first: {issues[0].RecordId}: {issues[0].Message}");
    }

    /// <summary>Only what <see cref="BestRecord.Select"/> reads besides the quality score (which it is given).</summary>
    private readonly record struct Published(string Id, string Source, DateOnly DateMaj)
    {
        public Structure ToStructure() => new() { Id = Id, Source = Source, Nom = string.Empty, DateMaj = DateMaj };
    }

    private static Published BestRecordFields(Structure structure, Dictionary<string, string> sources)
    {
        if (!sources.TryGetValue(structure.Source, out var source))
        {
            source = structure.Source;
            sources[source] = source;
        }

        return new Published(structure.Id, source, structure.DateMaj);
    }

    private static async Task<Dictionary<string, string>> ReadPreviousAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT structure_id, cluster_id FROM ops.structure_clusters", connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            previous[reader.GetString(0)] = reader.GetString(1);
        }

        return previous;
    }

    /// <summary>Each published structure's quality score (the mean of its services'; absent when it has none).</summary>
    private static async Task<Dictionary<string, double>> ReadQualityScoresAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT id, score_qualite::float8 FROM marts.structures WHERE score_qualite IS NOT NULL", connection)
        {
            CommandTimeout = 0,
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            scores[reader.GetString(0)] = reader.GetDouble(1);
        }

        return scores;
    }

    /// <summary>
    /// The id of each cluster's best record (<see cref="BestRecord"/>): highest quality score, a structure without
    /// services (no score) ranking below every scored one; then date_maj and the source order.
    /// </summary>
    private static HashSet<string> BestIds(IReadOnlyList<Published> structures, ClusteringResult result, Dictionary<string, double> scores)
    {
        var best = new HashSet<string>(StringComparer.Ordinal);
        double Quality(Structure s) => scores.TryGetValue(s.Id, out var score) ? score : -1;
        foreach (var members in Enumerable.Range(0, structures.Count).GroupBy(i => result.ClusterIdByIndex[i], StringComparer.Ordinal))
        {
            best.Add(BestRecord.Select(members.Select(i => structures[i].ToStructure()).ToList(), Quality).Id);
        }

        return best;
    }

    private async Task RecordAsync(Guid? runId, DateTimeOffset startedAt, int structures, int clusters, string? error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO ops.clusterings (run_id, started_at, ended_at, structures, clusters, error) VALUES ($1, $2, $3, $4, $5, $6)");
        command.Parameters.Add(new() { Value = runId is null ? DBNull.Value : runId.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = startedAt });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        command.Parameters.Add(new() { Value = structures });
        command.Parameters.Add(new() { Value = clusters });
        command.Parameters.Add(new() { Value = error is null ? DBNull.Value : error, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
