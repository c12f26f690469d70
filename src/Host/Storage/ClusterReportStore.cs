using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>What the clustering found across sources, for operators (the admin page).</summary>
internal sealed class ClusterReportStore(NpgsqlDataSource dataSource)
{
    /// <summary>For every source with structures in cross-source clusters: how many, and with which sources.</summary>
    public async Task<IReadOnlyDictionary<string, CrossSourceDuplicates>> CrossSourceAsync(CancellationToken cancellationToken)
    {
        // One statement for all sources: the grouping set (s.source) gives each source's total, distinct structures
        // counted once even when their cluster spans several other sources.
        await using var command = dataSource.CreateCommand("""
            SELECT s.source, o.source, count(DISTINCT s.id)::int
            FROM marts.structures s
            JOIN marts.structures o ON o.cluster_id = s.cluster_id AND o.source <> s.source
            GROUP BY GROUPING SETS ((s.source, o.source), (s.source))
            ORDER BY 1, 2 NULLS FIRST
            """);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var withSources = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var source = reader.GetString(0);
                if (reader.IsDBNull(1))
                {
                    totals[source] = reader.GetInt32(2);
                    withSources[source] = [];
                }
                else
                {
                    withSources[source].Add((reader.GetString(1), reader.GetInt32(2)));
                }
            }
        }

        return totals.ToDictionary(t => t.Key, t => new CrossSourceDuplicates(t.Value, withSources[t.Key]), StringComparer.Ordinal);
    }
}
