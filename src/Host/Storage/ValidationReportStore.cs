using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>Validation results grouped by field and code, for operators and producers.</summary>
internal sealed class ValidationReportStore(NpgsqlDataSource dataSource)
{
    /// <summary>The groups of the source's latest run that produced validation results (errors first, then by count).</summary>
    public async Task<IReadOnlyList<IssueGroup>> LatestGroupsAsync(string source, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH latest AS (
                SELECT r.id FROM ops.runs r
                WHERE r.source = $1 AND EXISTS (SELECT 1 FROM normalized.validation_issues i WHERE i.run_id = r.id)
                ORDER BY r.started_at DESC LIMIT 1)
            SELECT field, code, severity, count(*), min(message), (array_agg(DISTINCT record_id))[1:5]
            FROM normalized.validation_issues
            WHERE run_id = (SELECT id FROM latest)
            GROUP BY field, code, severity
            ORDER BY severity, count(*) DESC, field, code
            """);
        command.Parameters.Add(new() { Value = source });
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
