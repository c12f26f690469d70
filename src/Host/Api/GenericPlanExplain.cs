using System.Globalization;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// EXPLAIN of a statement's generic plan, the plan <see cref="ApiReadPool.CreateGeneric"/>'s connections run for it:
/// PostgreSQL 15 has no <c>EXPLAIN (GENERIC_PLAN)</c>, so the statement is prepared under
/// the generic pool's settings (<see cref="ApiReadPool.GenericPlanSettings"/>) and explained through <c>EXPLAIN EXECUTE</c> with its parameters as
/// literals. For the plan tests and bench/api <c>--explain</c>; never on a request's path.
/// </summary>
internal static class GenericPlanExplain
{
    /// <summary>The JSON plan of <paramref name="command"/>'s statement and parameters, executed when <paramref name="analyze"/>.</summary>
    public static async Task<string> ExplainAsync(NpgsqlConnection connection, NpgsqlCommand command, bool analyze, CancellationToken cancellationToken)
    {
        var arguments = command.Parameters.Count == 0 ? string.Empty : "(" + string.Join(", ", command.Parameters.Select(p => Literal(p.Value))) + ")";
        foreach (var (name, value) in ApiReadPool.GenericPlanSettings)
        {
            await ExecuteAsync(connection, $"SET {name} = {value}", cancellationToken);
        }

        await ExecuteAsync(connection, "PREPARE generic_plan_explain AS " + command.CommandText, cancellationToken);
        try
        {
            await using var explain = new NpgsqlCommand(
                $"EXPLAIN ({(analyze ? "ANALYZE, " : string.Empty)}FORMAT JSON) EXECUTE generic_plan_explain{arguments}", connection);
            return (string)(await explain.ExecuteScalarAsync(cancellationToken))!;
        }
        finally
        {
            await ExecuteAsync(connection, "DEALLOCATE generic_plan_explain; " + string.Concat(ApiReadPool.GenericPlanSettings.Select(s => $"RESET {s.Name}; ")), cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // An untyped literal: PostgreSQL gives it the type it inferred for the parameter at PREPARE.
    private static string Literal(object? value) => value switch
    {
        null => "NULL",
        string text => Quote(text),
        string[] texts => Quote("{" + string.Join(",", texts.Select(t => "\"" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "}"),
        DateTime instant => Quote(instant.ToString("O", CultureInfo.InvariantCulture)),
        IFormattable number => Quote(number.ToString(null, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"no literal for a {value.GetType().Name} parameter", nameof(value)),
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
