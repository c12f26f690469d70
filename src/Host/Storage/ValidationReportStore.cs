using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>Validation results grouped by field and code, for operators and producers.</summary>
internal sealed class ValidationReportStore(NpgsqlDataSource dataSource)
{
    private const string Grouped = """
        SELECT field, code, severity, count(*), min(message), (array_agg(DISTINCT record_id))[1:5]
        FROM normalized.validation_issues
        WHERE run_id = (SELECT id FROM wanted)
        GROUP BY field, code, severity
        ORDER BY severity, count(*) DESC, field, code
        """;

    /// <summary>The groups of the source's latest run that produced validation results (errors first, then by count).</summary>
    public Task<IReadOnlyList<IssueGroup>> LatestGroupsAsync(string source, CancellationToken cancellationToken) => QueryAsync("""
        WITH wanted AS (
            SELECT r.id FROM ops.runs r
            WHERE r.source = $1 AND EXISTS (SELECT 1 FROM normalized.validation_issues i WHERE i.run_id = r.id)
            ORDER BY r.started_at DESC LIMIT 1)
        """ + Grouped, source, cancellationToken);

    /// <summary>The groups of one run (a producer's submission); empty once retention pruned it, or if it found nothing.</summary>
    public Task<IReadOnlyList<IssueGroup>> RunGroupsAsync(Guid runId, CancellationToken cancellationToken) =>
        QueryAsync("WITH wanted AS (SELECT $1::uuid AS id)\n" + Grouped, runId, cancellationToken);

    private async Task<IReadOnlyList<IssueGroup>> QueryAsync(string sql, object key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new() { Value = key });
        var groups = new List<IssueGroup>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(new IssueGroup(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                reader.GetString(4), reader.GetFieldValue<string[]>(5)));
        }

        return groups;
    }
}
