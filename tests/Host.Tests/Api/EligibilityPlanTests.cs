using System.Text.Json;
using DataInclusion.Host.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>
/// searchServices' eligibility rule is served by an index (migration 0126): as in the national marts, most services are
/// offered remotely, so "within range or remote" keeps most of the country and only the zones narrow it down. Without
/// an index on <c>zone_eligibilite</c> every remote service of the catégorie is fetched to check its zones.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EligibilityPlanTests(PostgresFixture postgres)
{
    [Fact]
    public async Task SearchServices_NearACommune_NarrowsByTheEligibilityIndexes()
    {
        await using var dataSource = NpgsqlDataSource.Create(await SeedAsync(await postgres.CreateDatabaseAsync()));
        var origin = new SearchOrigin(45.0, -2.0, 30, ["44109", "44", "244400404", "france", "99100"]);
        var search = new ServiceSearch(dataSource, new SearchGate(new SearchGateOptions()));

        foreach (var command in new[] { search.PageCommand(new MartFilter(), SourceVisibility.Public, origin, 20, after: null), search.CountCommand(new MartFilter(), SourceVisibility.Public, origin) })
        {
            await using (command)
            {
                command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
                var json = (string)(await command.ExecuteScalarAsync())!;
                var indexes = Indexes(JsonDocument.Parse(json).RootElement[0].GetProperty("Plan")).ToHashSet();

                Assert.True(indexes.Contains("services_zone_eligibilite_idx") && indexes.Contains("services_zone_eligibilite_null_idx"), json);
            }
        }
    }

    private static IEnumerable<string> Indexes(JsonElement node)
    {
        if (node.TryGetProperty("Index Name", out var name))
        {
            yield return name.GetString()!;
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var index in children.EnumerateArray().SelectMany(Indexes))
            {
                yield return index;
            }
        }
    }

    // 30,000 services on a grid over France, 60 % remote; each eligible in its own département (95 of them), 1 % in no
    // zone (open to all): the zones match ~2 % of the rows, the remote mode 60 %.
    private static async Task<string> SeedAsync(string db)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO marts.structures (source, id, nom, date_maj, description, run_id)
            SELECT 'src', 'src--s' || i, 'Structure ' || i, DATE '2026-01-01', '', gen_random_uuid() FROM generate_series(1, 1000) i;
            INSERT INTO marts.services (source, structure_id, id, nom, description, date_maj, run_id, modes_accueil, zone_eligibilite,
                                        code_insee, latitude, longitude)
            SELECT 'src', 'src--s' || i % 1000 + 1, 'src--v' || i, 'Service ' || i, '', DATE '2026-01-01', gen_random_uuid(),
                   CASE WHEN i % 5 < 3 THEN ARRAY['a-distance'] ELSE ARRAY['en-presentiel'] END,
                   CASE WHEN i % 100 = 0 THEN NULL ELSE ARRAY[lpad((i % 95 + 1)::text, 2, '0')] END,
                   lpad((i % 95 + 1)::text, 2, '0') || '001', 42 + i % 95 * 0.09, -4 + i / 95 % 40 * 0.2
            FROM generate_series(1, 30000) i;
            ANALYZE marts.structures;
            ANALYZE marts.services;
            """, connection) { CommandTimeout = 0 };
        await insert.ExecuteNonQueryAsync();
        return db;
    }
}
