using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: the publication writes the mart rows in the order the API's département pages read them
/// (<c>marts.departement(code_insee), id</c>, the key of the (département, id) indexes of migration 0031), so a page of
/// 100 rows lies on a few heap pages instead of one page per row. Checked on the rows' physical order (<c>ctid</c>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MartPhysicalOrderTests(PostgresFixture postgres)
{
    // Several départements (overseas and Corsica included) and a row without a commune, in a shuffled input order.
    private static readonly (string Id, string? CodeInsee)[] Places =
    [
        ("s--07", "75056"), ("s--02", "2A004"), ("s--09", null), ("s--04", "97101"), ("s--01", "75101"),
        ("s--06", "13055"), ("s--03", "13001"), ("s--08", "01004"), ("s--05", "2B033"), ("s--10", "97411"),
    ];

    // marts.departement(code_insee), then id; a row without a commune last (NULLS LAST, the ascending default).
    private static readonly string[] Expected = ["s--08", "s--03", "s--06", "s--02", "s--05", "s--01", "s--07", "s--04", "s--10", "s--09"];

    [Fact]
    public async Task Publication_WritesStructuresAndServicesInDepartementThenIdOrder()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(db);
        var runId = await NormalizedRunAsync(dataSource);

        Assert.Equal(2 * Places.Length, await new LayerStore(dataSource).PublishAsync(runId, "s", CancellationToken.None));

        Assert.Equal(Expected, await Sql.ColumnAsync(db, "SELECT id FROM marts.structures ORDER BY ctid"));
        Assert.Equal(Expected.Select(id => id + "--service"), await Sql.ColumnAsync(db, "SELECT id FROM marts.services ORDER BY ctid"));
    }

    private static async Task<Guid> NormalizedRunAsync(NpgsqlDataSource dataSource)
    {
        var runId = Guid.NewGuid();
        await using (var command = dataSource.CreateCommand("INSERT INTO ops.runs (id, source, started_at, status) VALUES ($1, 's', now(), 'running')"))
        {
            command.Parameters.Add(new() { Value = runId });
            await command.ExecuteNonQueryAsync();
        }

        await using var writer = await new LayerStore(dataSource).OpenNormalizedAsync(runId, "s", CancellationToken.None);
        string Insee(string? code) => code is null ? string.Empty : $$""", "code_insee": "{{code}}" """;
        var structures = Places.Select(p => new NormalizedRecord(p.Id, null, true,
            $$"""{"id": "{{p.Id}}", "nom": "Structure", "date_maj": "2025-03-01"{{Insee(p.CodeInsee)}}}""")).ToList();
        var services = Places.Select(p => new NormalizedRecord(p.Id + "--service", p.Id, true,
            $$"""{"id": "{{p.Id}}--service", "structure_id": "{{p.Id}}", "nom": "Service", "description": "Un service", "date_maj": "2025-03-01"{{Insee(p.CodeInsee)}}}""")).ToList();
        await writer.WriteAsync(new ValidatedBatch(structures, services, []), CancellationToken.None);
        await writer.CommitAsync(CancellationToken.None);
        return runId;
    }
}
