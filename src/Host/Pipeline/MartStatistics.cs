using Npgsql;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Refreshes PostgreSQL's statistics of the marts a publication changed a lot, right after it commits, instead of
/// leaving the API's plans to statistics of the marts as they were (empty, after a first publication) until autovacuum
/// analyzes them (a minute or more later).
/// </summary>
/// <remarks>
/// A mart is analyzed when its row count differs by more than <see cref="ChangedShare"/> from the count its statistics
/// were made for (<c>pg_class.reltuples</c>), or when it never was: a first publication, a new source, a source that
/// grew or shrank. A republication of about as many rows changes its statistics little and is left to autovacuum, which
/// analyzes it anyway. Measured on the national feed (98,000 structures, 145,000 services, 2-core machine under load):
/// ANALYZE costs 1.2–3.1 s for the structures and 3.5–5.9 s for the services (index expressions and extended statistics
/// are sampled too); the counts that decide it, ≈ 40 ms. Autovacuum would spend the same: it is moved, not added. Since
/// migration 0200 the columns no statement selects by get no statistics: backend CPU 2.6–2.8 s → 1.3–2.0 s (services),
/// 1.0–1.2 s → 0.7 s (structures), measured in pairs on the national marts.
/// </remarks>
internal sealed class MartStatistics(NpgsqlDataSource dataSource)
{
    /// <summary>The share of a mart's rows by which its count must have moved: autovacuum's default analyze scale factor.</summary>
    public const double ChangedShare = 0.1;

    /// <summary>The tables a publication writes and the API reads.</summary>
    internal static IReadOnlyList<string> Marts { get; } = ["marts.structures", "marts.services", "marts.validation_errors"];

    /// <summary>
    /// Analyzes the marts whose statistics are stale, each on its own connection and at the same time: ANALYZE is one
    /// backend on one core, and after a publication the pipeline's process waits, so the server has the machine's other
    /// core for the second mart. Returns their names, in <see cref="Marts"/>' order.
    /// </summary>
    public async Task<IReadOnlyList<string>> RefreshAsync(CancellationToken cancellationToken)
    {
        var analyzed = await Task.WhenAll(Marts.Select(mart => RefreshAsync(mart, cancellationToken)));
        return [.. Marts.Where((_, i) => analyzed[i])];
    }

    private async Task<bool> RefreshAsync(string mart, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var count = new NpgsqlCommand(
            $"SELECT (SELECT count(*) FROM {mart}), (SELECT reltuples::float8 FROM pg_class WHERE oid = '{mart}'::regclass)", connection)
        {
            CommandTimeout = 0,
        };
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            if (!IsStale(reader.GetInt64(0), reader.GetDouble(1)))
            {
                return false;
            }
        }

        // Sized by PostgreSQL's sample (30,000 rows at the default statistics target), not by the mart: no timeout. The
        // columns no statement selects by have no statistics to compute (migration 0200).
        await using var analyze = new NpgsqlCommand($"ANALYZE {mart}", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <param name="rows">The mart's rows now.</param>
    /// <param name="known">The rows its statistics were made for; negative when it was never analyzed nor vacuumed.</param>
    internal static bool IsStale(long rows, double known) =>
        known < 0 || Math.Abs(rows - known) > ChangedShare * Math.Max(rows, known);

    /// <summary>For logs: the analyzed marts, or "none".</summary>
    public static string Describe(IReadOnlyList<string> analyzed) =>
        analyzed.Count == 0 ? "none" : string.Join(", ", analyzed);
}
