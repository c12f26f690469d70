using System.Text.Json;
using DataInclusion.Host.Tests.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Rest;

/// <summary>
/// <c>/services.ndjson</c> streams from PostgreSQL: with tens of megabytes to send, the first line reaches the client
/// while the server's statement is still running, blocked on writing to a client that stops reading (PostgreSQL's
/// <c>ClientWrite</c> wait). A server that read every row before answering would have finished its statement first.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RestNdjsonStreamTests(PostgresFixture postgres)
{
    private const int Rows = 30_000;

    [Fact]
    public async Task Services_FirstLineArrives_WhileTheStatementStillRuns_ThenEveryRow()
    {
        var db = await postgres.CreateDatabaseAsync();
        await PortalMarts.InsertAsync(db, "marts.structures", new { id = "bulk--s", nom = "Structure" });
        await using var dataSource = NpgsqlDataSource.Create(db);
        // 2 KB of conditions_acces each (a column outside the search vector, so the insert stays quick): ~60 MB to send.
        await using (var insert = dataSource.CreateCommand($"""
            INSERT INTO marts.services (source, structure_id, id, nom, description, date_maj, conditions_acces, run_id)
            SELECT 'bulk', 'bulk--s', 'bulk--' || lpad(i::text, 6, '0'), 'Service ' || i, 'Un service parmi d''autres.', '2026-01-01', repeat('x', 2000), gen_random_uuid()
            FROM generate_series(1, {Rows}) i
            """))
        {
            await insert.ExecuteNonQueryAsync();
        }

        await using var server = await RestServer.StartAsync(dataSource);
        using var response = await server.Http.GetAsync(new Uri("/api/v1/services.ndjson", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(body);
        var first = await reader.ReadLineAsync();
        Assert.Equal("bulk--000001", JsonDocument.Parse(first!).RootElement.GetProperty("id").GetString());

        Assert.True(await StatementBlockedOnClientAsync(dataSource), "the NDJSON statement should still run, waiting for the client to read");

        var count = 1;
        string? last = first;
        while (await reader.ReadLineAsync() is { } line)
        {
            count++;
            last = line;
        }

        Assert.Equal(Rows, count);
        Assert.Equal($"bulk--{Rows:000000}", JsonDocument.Parse(last!).RootElement.GetProperty("id").GetString());
    }

    // Polls pg_stat_activity: the server's SELECT over marts.services, active and waiting to write to its client.
    private static async Task<bool> StatementBlockedOnClientAsync(NpgsqlDataSource dataSource)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await using var command = dataSource.CreateCommand("""
                SELECT count(*) FROM pg_stat_activity
                WHERE state = 'active' AND wait_event = 'ClientWrite' AND query LIKE 'SELECT source, structure_id%FROM marts.services%ORDER BY id'
                """);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
