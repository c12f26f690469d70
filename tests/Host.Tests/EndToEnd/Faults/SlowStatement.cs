using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.EndToEnd.Faults;

/// <summary>
/// Stretches one phase of a run so a test can hit it: a statement trigger that sleeps before the first row is written
/// into a table (by <c>COPY</c> or <c>INSERT</c>), and a wait for the run's statement to be seen sleeping in
/// <c>pg_stat_activity</c>.
/// </summary>
internal static class SlowStatement
{
    public static Task InstallAsync(string db, string table, double seconds) => ExecuteAsync(db, $"""
        CREATE OR REPLACE FUNCTION public.fault_sleep() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN PERFORM pg_sleep({seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}); RETURN NULL; END $$;
        CREATE TRIGGER fault_sleep BEFORE INSERT ON {table} FOR EACH STATEMENT EXECUTE FUNCTION public.fault_sleep();
        """);

    public static Task RemoveAsync(string db, string table) =>
        ExecuteAsync(db, $"DROP TRIGGER fault_sleep ON {table}; DROP FUNCTION public.fault_sleep();");

    /// <summary>Waits until another session is sleeping in a statement matching <paramref name="queryPattern"/> (a POSIX regex).</summary>
    public static async Task WaitForAsync(string db, string queryPattern, CliProcess run, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var sql = $"""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
              AND wait_event = 'PgSleep' AND query ~* '{queryPattern}'
            """;
        while (await Sql.ScalarAsync<long>(db, sql) == 0)
        {
            Assert.False(run.HasExited, $"the run ended before the phase was reached\n{run}");
            Assert.True(DateTime.UtcNow < deadline, $"no statement matching {queryPattern} within {timeout}\n{run}");
            await Task.Delay(50);
        }
    }

    private static async Task ExecuteAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
