using System.Security.Cryptography;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8, the cost of the publication's INSERTs: a services row is kept whole in the heap (migration 0201) and the
/// structures carry no index that no reader uses (migration 0202).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MartStorageTests(PostgresFixture postgres)
{
    [Fact]
    public async Task PublishedServiceOfFiveKilobytes_StaysInTheHeap_NotInTheToastTable()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(1);
        // ~2.4 kB of hex words (lz4 barely compresses them) and their search vector: a row of ~5 kB, which PostgreSQL by
        // default compresses and then moves out of line past ~2 kB.
        var description = string.Join(' ', Enumerable.Range(0, 35).Select(i => Convert.ToHexString(SHA256.HashData(BitConverter.GetBytes(i)))));
        harness.Connector.ServicesJson = $$"""
            [{"id": "v1", "structure_id": "s1", "nom": "Accueil", "description": "{{description}}", "date_maj": "2025-03-01"}]
            """;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.True(await Sql.ScalarAsync<int>(harness.Db, "SELECT pg_column_size(m.*) FROM marts.services m") > 4000);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(
            harness.Db, "SELECT pg_relation_size(reltoastrelid) FROM pg_class WHERE oid = 'marts.services'::regclass"));
        Assert.Equal(description, await Sql.ScalarAsync<string>(harness.Db, "SELECT description FROM marts.services"));
    }

    [Fact]
    public async Task Structures_HaveNoSiretIndex()
    {
        var db = await postgres.CreateDatabaseAsync();

        // No reader selects structures by SIRET (MartPredicates, PublishedStructures); every plan test passes without it.
        Assert.Empty(await Sql.ColumnAsync(db, """
            SELECT indexrelid::regclass::text FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = 'marts.structures'::regclass AND a.attname = 'siret'
            """));
    }
}
