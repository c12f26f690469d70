using DataInclusion.Normalize;
using DataInclusion.Normalize.Dedup;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Recomputes the clusters of every published structure of every source (issue 9 §2) and stores each one's
/// <c>cluster_id</c> and <c>meilleur_du_cluster</c> in the marts. Runs after a publication, never inside it: the
/// next publication recomputes everything, so a failed clustering costs freshness, not data. A clustering whose inputs
/// are those the last one left (<see cref="ClusteringInputs"/>: an identical republication writes no mart row) is skipped.
/// </summary>
/// <param name="code">The clusterer's code as <see cref="ClusteringInputs.Code"/> gives it: another one clusters again.</param>
internal sealed class StructureClustering(NpgsqlDataSource dataSource, StructureClusterer clusterer, TimeProvider time, string code)
{
    public StructureClustering(NpgsqlDataSource dataSource)
        : this(dataSource, new StructureClusterer(), TimeProvider.System, ClusteringInputs.Code)
    {
    }

    /// <summary>How one clustering went.</summary>
    /// <param name="Unchanged">Skipped: the inputs were the last clustering's, whose counts these are.</param>
    public sealed record Outcome(int Structures, int Clusters, int CrossSourceClusters, bool Unchanged = false);

    /// <summary>Clusters the marts and stores the result; records the clustering (or its failure) in <c>ops.clusterings</c>.</summary>
    public async Task<Outcome> RefreshAsync(Guid? runId, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        try
        {
            var (outcome, inputs) = await ClusterAsync(cancellationToken);
            await RecordAsync(runId, startedAt, outcome, inputs, null, cancellationToken);
            return outcome;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await RecordAsync(runId, startedAt, new Outcome(0, 0, 0), null, ex.Message, CancellationToken.None);
            throw;
        }
    }

    // Every statement here runs without Npgsql's 30 s default (CommandTimeout = 0), like the statements of ExecuteAsync:
    // at ×3 national size (300,000 structures on a loaded 2-core machine) reading the marts back exceeded it and the
    // clustering failed. A run's cancellation still stops it.
    private async Task<(Outcome Outcome, string Inputs)> ClusterAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two sources publishing at once: the second clustering waits and then reads both publications.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('marts.structures cluster_id'))", cancellationToken);
        // The read's sort by id (≈ 20 MB at national size) otherwise spills to disk in 4 MB runs.
        await ExecuteAsync(connection, "SELECT set_config('work_mem', '64MB', true)", cancellationToken);

        // Under the lock: a clustering that committed since recorded its digest, or is still recording it (then this
        // one finds another digest and clusters: never a wrong skip, at worst a needless clustering).
        // The digest reads every row (≈ 0.2 s at national size): after a first publication, or any that changed how many
        // structures are published, the count alone tells the inputs changed.
        if (await LastAsync(connection, cancellationToken) is { } last
            && last.Outcome.Structures == await CountAsync(connection, cancellationToken)
            && last.Inputs == await ClusteringInputs.CurrentAsync(connection, code, cancellationToken))
        {
            return (last.Outcome, last.Inputs);
        }

        var previous = await ClusterMap.ReadAsync(connection, cancellationToken);
        var input = clusterer.NewInput();
        var published = await PublishedStructures.ReadAsync(connection, input, cancellationToken);
        var result = clusterer.Cluster(input, previous.ClusterIds);
        var best = BestIds(published, result);

        var marts = await ClusterMap.WriteChangesAsync(connection, previous, published, result.ClusterIdByIndex, best, cancellationToken);
        var left = ClusteringInputs.Format(code, marts, await ClusteringInputs.MapAsync(connection, cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        var sources = published.Select((s, i) => (s.Source, Cluster: result.ClusterIdByIndex[i]))
            .GroupBy(p => p.Cluster, StringComparer.Ordinal)
            .Count(g => g.Select(p => p.Source).Distinct(StringComparer.Ordinal).Skip(1).Any());
        return (new Outcome(published.Count, result.Clusters.Count, sources), left);
    }

    /// <summary>The last successful clustering's digest and counts (as a skipped outcome), if it recorded a digest.</summary>
    private static async Task<(string Inputs, Outcome Outcome)?> LastAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT inputs, structures, clusters, cross_source FROM ops.clusterings
            WHERE error IS NULL ORDER BY id DESC LIMIT 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0) || reader.IsDBNull(3))
        {
            return null;
        }

        return (reader.GetString(0), new Outcome(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), Unchanged: true));
    }

    /// <summary>
    /// The id of each cluster's best record (<see cref="BestRecord"/>): highest quality score, a structure without
    /// services (no score) ranking below every scored one; then date_maj and the source order.
    /// </summary>
    private static HashSet<string> BestIds(List<PublishedStructure> structures, ClusteringResult result)
    {
        var best = new HashSet<string>(StringComparer.Ordinal);
        foreach (var members in Enumerable.Range(0, structures.Count).GroupBy(i => result.ClusterIdByIndex[i], StringComparer.Ordinal))
        {
            var candidates = members.Select(i => structures[i]).ToList();
            if (candidates.Count == 1)
            {
                // Most clusters are one structure: it stands for itself.
                best.Add(candidates[0].Id);
                continue;
            }

            var scores = candidates.ToDictionary(s => s.Id, s => s.Score ?? -1, StringComparer.Ordinal);
            best.Add(BestRecord.Select(candidates.Select(s => s.ToStructure()).ToList(), s => scores[s.Id]).Id);
        }

        return best;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM marts.structures", connection) { CommandTimeout = 0 };
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task RecordAsync(Guid? runId, DateTimeOffset startedAt, Outcome outcome, string? inputs, string? error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ops.clusterings (run_id, started_at, ended_at, structures, clusters, error, inputs, cross_source, skipped)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """);
        command.Parameters.Add(new() { Value = runId is null ? DBNull.Value : runId.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = startedAt });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        command.Parameters.Add(new() { Value = outcome.Structures });
        command.Parameters.Add(new() { Value = outcome.Clusters });
        command.Parameters.Add(new() { Value = error is null ? DBNull.Value : error, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = inputs is null ? DBNull.Value : inputs, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = error is null ? outcome.CrossSourceClusters : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new() { Value = outcome.Unchanged });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
