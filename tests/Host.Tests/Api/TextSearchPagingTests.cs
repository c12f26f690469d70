using DataInclusion.Host.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>
/// search(q)'s tiered pages (migration 0150) on more rows than <see cref="TextSearch.OrderedWindow"/>: a common word's
/// pages, by cursor and by offset, are the whole order (tier, name length, id) cut in pages, none lost or repeated,
/// whether a tier's rows come from the btree window, from the GIN fallback, or from both tables, and the same pages
/// when every match is scored in SQL (the path of a query the planner expects few matches for).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TextSearchPagingTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Word = "garage";

    private NpgsqlDataSource _dataSource = null!;
    private string _db = null!;

    public async Task InitializeAsync()
    {
        _db = await postgres.CreateDatabaseAsync();
        await SeedAsync(_db);
        _dataSource = NpgsqlDataSource.Create(_db);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CursorPages_OfACommonWord_AreTheWholeOrder(bool tiered)
    {
        var expected = await ExpectedOrderAsync();
        using var gate = new SearchGate(new SearchGateOptions());
        var search = Search(gate, tiered);
        var seen = new List<string>();
        (double? Score, string Id)? after = null;
        while (true)
        {
            var (hits, hasNext) = await search.PageAsync(Word, new MartFilter(), SourceVisibility.Public, null, 97, after, CancellationToken.None);
            seen.AddRange(hits.Select(h => h.Kind + ":" + h.Id));
            if (!hasNext)
            {
                break;
            }

            // What a cursor carries (Cursor.Encode(score, id)).
            after = (hits[^1].Score, hits[^1].Id);
        }

        Assert.True(expected.Count > TextSearch.OrderedWindow, $"{expected.Count} matches");
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OffsetPages_OfACommonWord_AreTheWholeOrder(bool tiered)
    {
        var expected = await ExpectedOrderAsync();
        using var gate = new SearchGate(new SearchGateOptions());
        var search = Search(gate, tiered);
        var seen = new List<string>();
        const int size = 150;
        for (var offset = 0; ; offset += size)
        {
            var (hits, hasNext) = await search.PageAsync(Word, new MartFilter(), SourceVisibility.Public, null, size, null, offset, CancellationToken.None);
            seen.AddRange(hits.Select(h => h.Kind + ":" + h.Id));
            if (!hasNext)
            {
                break;
            }
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task ACursorOfAnotherRule_EndsThePages()
    {
        using var gate = new SearchGate(new SearchGateOptions());
        var (hits, hasNext) = await Search(gate, tiered: true).PageAsync(Word, new MartFilter(), SourceVisibility.Public, null, 10, (0.123, "page--v0001"), CancellationToken.None);

        Assert.Empty(hits);
        Assert.False(hasNext);
    }

    // Tiered: the btree windows and their fallbacks whatever the planner expects; otherwise every match scored in SQL.
    private TextSearch Search(SearchGate gate, bool tiered) => new(_dataSource, gate) { FewMatchesThreshold = tiered ? -1 : int.MaxValue };

    // The rule, written once more in plain SQL: every match, sorted by tier, name length and id.
    private async Task<List<string>> ExpectedOrderAsync() => await Sql.ColumnAsync(_db, """
        SELECT kind || ':' || id FROM (
            SELECT 'service' kind, id, search_vector v FROM marts.services UNION ALL SELECT 'structure', id, search_vector FROM marts.structures) r,
            websearch_to_tsquery('marts.french_unaccent', 'garage') q
        WHERE v @@ q
        ORDER BY marts.search_tier(v, q), marts.search_name_length(v), id
        """);

    // 2,500 services: one in 7 has the word in a long name (7 words: after the 2-word names, beyond the btree window, so
    // tier 1 comes from the GIN fallback), one in 11 in its publics précisions (tier 2, 2-word names, inside the
    // window), one in 3 in its description (tier 3); 300 structures, the word in one name in 4 and one description in 2.
    private static async Task SeedAsync(string db)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO marts.structures SELECT r.* FROM generate_series(0, 299) i,
                jsonb_populate_record(NULL::marts.structures, jsonb_build_object(
                    'id', format('page--s%s', lpad(i::text, 4, '0')), 'source', 'page', 'run_id', gen_random_uuid(), 'date_maj', '2026-01-01',
                    'nom', CASE WHEN i % 4 = 0 THEN format('Garage solidaire %s', i) ELSE format('Structure %s', i) END,
                    'description', CASE WHEN i % 2 = 0 THEN 'Un garage pour tous' ELSE 'Accueil' END)) r;
            INSERT INTO marts.services SELECT r.* FROM generate_series(0, 2499) i,
                jsonb_populate_record(NULL::marts.services, jsonb_build_object(
                    'id', format('page--v%s', lpad(i::text, 4, '0')), 'structure_id', format('page--s%s', lpad((i % 300)::text, 4, '0')),
                    'source', 'page', 'run_id', gen_random_uuid(), 'date_maj', '2026-01-01',
                    'nom', CASE WHEN i % 7 = 0 THEN format('Garage atelier conseil accueil emploi numérique %s', i) ELSE format('Service %s', i) END,
                    'publics_precisions', CASE WHEN i % 11 = 0 THEN 'Au garage partagé' END,
                    'description', CASE WHEN i % 3 = 0 THEN 'Réparer au garage' ELSE 'Atelier' END)) r;
            ANALYZE marts.services;
            ANALYZE marts.structures;
            """, connection);
        await command.ExecuteNonQueryAsync();
    }
}
