using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: the publication stages its search vectors in temporary tables with large local buffers (temp_buffers), which
/// PostgreSQL accepts only before a session's first temporary table: a pooled session that already published must
/// accept the publication's setting again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PublicationSessionSettingsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task PublicationTwiceOnOnePooledSession_HasItsTempBuffersEachTime()
    {
        // One connection in the pool: both publications run on the same server session.
        var db = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()) { MaxPoolSize = 1 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(db);
        var layers = new LayerStore(dataSource);
        var seen = new List<(string TempBuffers, int Pid)>();
        async Task RecordSettingAsync(NpgsqlConnection connection, int published, CancellationToken cancellationToken)
        {
            await using var show = new NpgsqlCommand("SELECT current_setting('temp_buffers'), pg_backend_pid()", connection);
            await using var reader = await show.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            seen.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        Assert.Equal(2, await layers.PublishAsync(await NormalizedRunAsync(db), "s", RecordSettingAsync, CancellationToken.None));
        Assert.Equal(2, await layers.PublishAsync(await NormalizedRunAsync(db), "s", RecordSettingAsync, CancellationToken.None));

        Assert.Equal([LayerStore.PublicationTempBuffers, LayerStore.PublicationTempBuffers], seen.Select(s => s.TempBuffers));
        Assert.Equal(seen[0].Pid, seen[1].Pid);
    }

    /// <summary>A run of source "s" with one valid structure and its valid service.</summary>
    private static Task<Guid> NormalizedRunAsync(string db) => Storage.StagedRowWriterTests.StageAsync(db,
        [new NormalizedRecord("s--a", null, true, """{"id": "s--a", "nom": "Structure", "date_maj": "2025-03-01"}""")],
        [new NormalizedRecord("s--a--service", "s--a", true,
            """{"id": "s--a--service", "structure_id": "s--a", "nom": "Service", "description": "Un service", "date_maj": "2025-03-01"}""")]);
}
