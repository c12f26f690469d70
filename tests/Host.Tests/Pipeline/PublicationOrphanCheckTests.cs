using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: the rule "a published service's structure is published" is checked once per publication, set-based
/// (migration 0040), instead of by a deferred foreign key row by row; it must still refuse an orphan atomically.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PublicationOrphanCheckTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ValidServiceWhoseStructureIsNotPublished_PublicationFails_PreviousPublicationKept()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(db);
        var layers = new LayerStore(dataSource);
        var first = await NormalizedRunAsync(db, "s--a", "s--a");
        Assert.Equal(2, await layers.PublishAsync(first, "s", CancellationToken.None));

        // The normalised layer wrongly calls valid a service whose structure is not in the run (a bug upstream).
        var broken = await NormalizedRunAsync(db, "s--b", "s--autre");
        var error = await Assert.ThrowsAsync<PostgresException>(() => layers.PublishAsync(broken, "s", CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
        Assert.Contains("s--autre", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(["s--a"], await Sql.ColumnAsync(db, "SELECT id FROM marts.structures"));
        Assert.Equal(["s--a--service"], await Sql.ColumnAsync(db, "SELECT id FROM marts.services"));
    }

    /// <summary>A run with one valid structure and one valid service naming <paramref name="serviceStructure"/>.</summary>
    private static async Task<Guid> NormalizedRunAsync(string db, string structureId, string serviceStructure)
    {
        var runId = Guid.NewGuid();
        await using var dataSource = NpgsqlDataSource.Create(db);
        await using (var command = dataSource.CreateCommand("INSERT INTO ops.runs (id, source, started_at, status) VALUES ($1, 's', now(), 'running')"))
        {
            command.Parameters.Add(new() { Value = runId });
            await command.ExecuteNonQueryAsync();
        }

        await using var writer = await new LayerStore(dataSource).OpenNormalizedAsync(runId, "s", CancellationToken.None);
        var structure = new NormalizedRecord(structureId, null, true, $$"""{"id": "{{structureId}}", "nom": "Structure", "date_maj": "2025-03-01"}""");
        var service = new NormalizedRecord(structureId + "--service", serviceStructure, true,
            $$"""{"id": "{{structureId}}--service", "structure_id": "{{serviceStructure}}", "nom": "Service", "description": "Un service", "date_maj": "2025-03-01"}""");
        await writer.WriteAsync(new ValidatedBatch([structure], [service], []), CancellationToken.None);
        await writer.CommitAsync(CancellationToken.None);
        return runId;
    }
}
