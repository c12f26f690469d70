using System.Text.Json;
using DataInclusion.Host.Api;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Normalize;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>
/// Every filter path of the API is served by an index (issue 8): EXPLAIN of the exact page and count queries
/// <see cref="MartsReader"/> runs, on marts seeded with enough rows and analysed, so the planner chooses as it would on
/// national data. No planner setting is forced: a plan that needs a sequential scan fails the test.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class MartsQueryPlanTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly SemaphoreSlim s_seedLock = new(1, 1);
    private static string? s_db;

    private NpgsqlDataSource _dataSource = null!;

    public static TheoryData<string, string, string> FilterPaths => new()
    {
        { MartsReader.Structures, "source", "structures_source_idx" },
        { MartsReader.Structures, "commune", "structures_code_insee_idx" },
        { MartsReader.Structures, "departement", "structures_departement_idx" },
        { MartsReader.Services, "source", "services_source_idx" },
        { MartsReader.Services, "sources", "services_source_idx" },
        { MartsReader.Services, "commune", "services_code_insee_idx" },
        { MartsReader.Services, "departement", "services_departement_idx" },
        { MartsReader.Services, "categorie", "services_thematiques_idx" },
        { MartsReader.Services, "thematique", "services_thematiques_idx" },
        { MartsReader.Services, "publics", "services_publics_idx" },
        { MartsReader.Services, "frais", "services_frais_idx" },
        { MartsReader.Services, "types", "services_type_idx" },
        { MartsReader.Services, "modesAccueil", "services_modes_accueil_idx" },
        { MartsReader.Services, "reseauxPorteurs", "structures_reseaux_porteurs_idx" },
        { MartsReader.Structures, "reseauxPorteurs", "structures_reseaux_porteurs_idx" },
        { MartsReader.Services, "updatedSince", "services_updated_at_idx" },
        { MartsReader.Structures, "updatedSince", "structures_updated_at_idx" },
        { MartsReader.Services, "region", "services_code_region_idx" },
        { MartsReader.Structures, "region", "structures_code_region_idx" },
        { MartsReader.Services, "epci", "services_code_epci_idx" },
        { MartsReader.Structures, "epci", "structures_code_epci_idx" },
        { MartsReader.Services, "recherchePublic", "services_publics_search_idx" },
    };

    public async Task InitializeAsync()
    {
        await s_seedLock.WaitAsync();
        try
        {
            s_db ??= await SeedAsync(await postgres.CreateDatabaseAsync());
        }
        finally
        {
            s_seedLock.Release();
        }

        _dataSource = NpgsqlDataSource.Create(s_db);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Theory]
    [MemberData(nameof(FilterPaths))]
    public async Task CountQuery_OfEachFilter_UsesTheFilterIndex(string table, string path, string index)
    {
        await using var command = new MartsReader(_dataSource).CountCommand(table, Filter(path), SourceVisibility.Public);

        var plan = await ExplainAsync(command);

        Assert.True(plan.Indexes.Contains(index), $"{path}: expected {index}\n{plan.Json}");
        Assert.False(plan.NodeTypes.Contains("Seq Scan"), $"{path}: sequential scan\n{plan.Json}");
    }

    [Theory]
    [MemberData(nameof(FilterPaths))]
    public async Task PageQuery_OfEachFilter_ReadsThroughAnIndex(string table, string path, string index)
    {
        await using var command = new MartsReader(_dataSource).PageCommand(table, Filter(path), SourceVisibility.Public, 100, afterId: null);

        var plan = await ExplainAsync(command);

        // Either the filter's index, or the primary key in id order when the planner expects the page's 101 rows
        // within the first few thousand (a 2 % filter): both stop early; a sequential scan would read the table.
        Assert.True(plan.Indexes.Contains(index) || plan.Indexes.Contains(table["marts.".Length..] + "_pkey"), $"{path}: expected {index}\n{plan.Json}");
        Assert.False(plan.NodeTypes.Contains("Seq Scan"), $"{path}: sequential scan\n{plan.Json}");
    }

    [Theory]
    [InlineData("commune")]
    [InlineData("departement")]
    public async Task PlaceWithArrayFilters_NarrowsByThePlaceIndexAlone(string place)
    {
        // A common catégorie and public: their GIN bitmaps would cover thousands of rows the place index already excludes.
        var common = Referentiels.CategoriesThematiques.Values[1].Value;
        var filter = Filter(place) with { Thematiques = [common], Publics = ["jeunes"] };
        await using var count = new MartsReader(_dataSource).CountCommand(MartsReader.Services, filter, SourceVisibility.Public);

        var plan = await ExplainAsync(count);

        var index = PlaceIndex(place);
        Assert.True(plan.Indexes.SetEquals([index]), $"{place}: expected {index} alone\n{plan.Json}");
    }

    [Theory]
    [InlineData("commune")]
    [InlineData("departement")]
    [InlineData("grand-departement")]
    public async Task PlaceFilteredPage_ReadsThePlaceIndex_NotThePrimaryKeyInOrder(string place)
    {
        // A common public, as jeunes is nationally: the matches are many, and the planner may bet on finding the page early
        // in id order, a bet lost when they are not spread evenly.
        var filter = Filter(place) with { Publics = ["familles"] };
        await using var page = new MartsReader(_dataSource).PageCommand(MartsReader.Services, filter, SourceVisibility.Public, 100, afterId: null);

        var plan = await ExplainAsync(page);

        var index = PlaceIndex(place);
        Assert.True(plan.Indexes.SetEquals([index]), $"{place}: expected {index} alone\n{plan.Json}");
    }

    [Fact]
    public async Task SearchServices_ReadsTheGeoPointIndex_AndTheRemoteModeIndex()
    {
        var origin = new SearchOrigin(45.0, -2.0, 30, ["44109", "44", "france", "99100"]);
        await using var page = new ServiceSearch(_dataSource, new SearchGate(new SearchGateOptions())).PageCommand(new MartFilter(Thematiques: [RareCategorie]), SourceVisibility.Public, origin, 100, after: null);

        var plan = await ExplainAsync(page);

        Assert.True(plan.Indexes.Contains("services_geo_idx") && plan.Indexes.Contains("services_modes_accueil_idx"), plan.Json);
        Assert.False(plan.NodeTypes.Contains("Seq Scan"), plan.Json);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_ReadsTheFullTextIndexes(bool nearAPlace)
    {
        var origin = nearAPlace ? new SearchOrigin(45.0, -2.0, 30, null) : null;
        await using var page = new TextSearch(_dataSource, new SearchGate(new SearchGateOptions())).PageCommand("garages", new MartFilter(), SourceVisibility.Public, origin, 20, after: null);

        var plan = await ExplainAsync(page);

        // Without a place, the first tier's statement (migration 0150): the (name length, id) btree, then the names' GIN.
        foreach (var table in new[] { "services", "structures" })
        {
            Assert.True(plan.Indexes.Overlaps([$"{table}_search_idx", $"{table}_search_order_idx", $"{table}_search_name_idx", $"{table}_geo_idx"]), plan.Json);
        }

        Assert.False(plan.NodeTypes.Contains("Seq Scan"), plan.Json);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_OfAWordInEveryRow_StillReadsTheFullTextIndexes(bool count)
    {
        // "atelier" is in every service's description and "accueil" in every structure's: a scan would match them all,
        // and the planner, pricing @@ as a cheap operator, picks it unless the search's transaction rules it out.
        var search = new TextSearch(_dataSource, new SearchGate(new SearchGateOptions()));
        await using var command = count
            ? search.CountCommand("atelier or accueil", new MartFilter(), SourceVisibility.Public, null)
            : search.PageCommand("atelier or accueil", new MartFilter(), SourceVisibility.Public, null, 20, after: null);

        var plan = await search.WithIndexPlansAsync(command, (c, _) => ExplainAsync(c), CancellationToken.None);

        Assert.True(count
            ? plan.Indexes.Contains("services_search_idx") && plan.Indexes.Contains("structures_search_idx")
            : plan.Indexes.Contains("services_search_order_idx") && plan.Indexes.Contains("structures_search_order_idx"), plan.Json);
        Assert.False(plan.NodeTypes.Contains("Seq Scan"), plan.Json);
    }

    private static string PlaceIndex(string place) => place == "commune" ? "services_code_insee_idx" : "services_departement_idx";

    // The catégorie (and its thématiques) that the seed gives to 1 % of the services.
    private static string RareCategorie => Referentiels.CategoriesThematiques.Values[0].Value;

    private static bool IsRare(string thematique) => thematique.StartsWith(RareCategorie + "--", StringComparison.Ordinal);

    // Each value matches 2 % of the rows or less, as a commune, a département or a rare thématique does nationally:
    // the test proves each predicate can be served by an index and is when it is selective (a predicate the index
    // cannot serve, like the former EXISTS (unnest …), fails whatever the data).
    private static MartFilter Filter(string path) => path switch
    {
        "source" => new MartFilter(Sources: ["src7"]),
        "sources" => new MartFilter(Sources: ["src7", "src8"]),
        "commune" => new MartFilter(CodeCommune: "44012"),
        "departement" => new MartFilter(CodeDepartement: "44"),
        "grand-departement" => new MartFilter(CodeDepartement: "59"),
        "categorie" => new MartFilter(Thematiques: [RareCategorie]),
        "thematique" => new MartFilter(Thematiques: [Referentiels.Thematiques.Values.First(t => IsRare(t.Value)).Value]),
        "publics" => new MartFilter(Publics: ["jeunes"]),
        "frais" => new MartFilter(Frais: ["payant"]),
        "types" => new MartFilter(Types: ["formation"]),
        "modesAccueil" => new MartFilter(ModesAccueil: ["a-distance"]),
        "reseauxPorteurs" => new MartFilter(ReseauxPorteurs: ["aci"]),
        "updatedSince" => new MartFilter(UpdatedSince: new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)),
        "region" => new MartFilter(CodeRegion: "07"),
        "epci" => new MartFilter(CodeEpci: "200000007"),
        // The label of the 1 % of services for jeunes (migration 0135's expression index).
        "recherchePublic" => new MartFilter(RecherchePublic: "jeunes"),
        _ => throw new ArgumentOutOfRangeException(nameof(path)),
    };

    private static async Task<(string Json, HashSet<string> Indexes, HashSet<string> NodeTypes)> ExplainAsync(NpgsqlCommand command)
    {
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        return Parse((string)(await command.ExecuteScalarAsync())!);
    }

    private static (string Json, HashSet<string> Indexes, HashSet<string> NodeTypes) Parse(string json)
    {
        var indexes = new HashSet<string>(StringComparer.Ordinal);
        var nodeTypes = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement node)
        {
            nodeTypes.Add(node.GetProperty("Node Type").GetString()!);
            if (node.TryGetProperty("Index Name", out var name))
            {
                indexes.Add(name.GetString()!);
            }

            if (node.TryGetProperty("Plans", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    Walk(child);
                }
            }
        }

        Walk(JsonDocument.Parse(json).RootElement[0].GetProperty("Plan"));
        return (json, indexes, nodeTypes);
    }

    /// <summary>
    /// 60,000 services of 20,000 structures over 50 sources, 95 départements of 40 communes each (59 holding 20 % of the
    /// services, a large département on a small table), référentiel
    /// thématiques and publics (1 % for everyone, 1 % for jeunes, 1 % with one thématique of the rare catégorie), descriptions of
    /// national length; 1 % each payant, formation, a-distance, réseau aci, changed since 2026-12-01, named "Garage";
    /// 19 régions, 380 EPCIs, one point per commune on a grid over France; then ANALYZE, as autovacuum would after a publication.
    /// </summary>
    private static async Task<string> SeedAsync(string db)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var structures = new NpgsqlCommand("""
            INSERT INTO marts.structures (source, id, nom, date_maj, description, code_insee, telephone, run_id,
                                          reseaux_porteurs, updated_at, code_region, code_epci, latitude, longitude)
            SELECT 'src' || i % 50, 'src' || i % 50 || '--s' || i, 'Structure ' || i, DATE '2026-01-01', repeat('accueil ', 40),
                   lpad((i % 95 + 1)::text, 2, '0') || lpad((i / 95 % 40)::text, 3, '0'), '0102030405', gen_random_uuid(),
                   CASE WHEN i % 100 = 5 THEN ARRAY['aci'] ELSE ARRAY['adie'] END,
                   CASE WHEN i % 100 = 6 THEN TIMESTAMPTZ '2026-12-02' ELSE TIMESTAMPTZ '2026-01-02' END,
                   lpad((i % 95 / 5)::text, 2, '0'), (200000000 + i % 95 * 40 + i / 95 % 40 / 10)::text,
                   42 + i % 95 * 0.09, -4 + i / 95 % 40 * 0.2
            FROM generate_series(1, 20000) i
            """, connection);
        // The search-vector triggers (migration 0122) make these inserts slow on a loaded machine: no 30 s limit here.
        structures.CommandTimeout = 0;
        await structures.ExecuteNonQueryAsync();
        await using var services = new NpgsqlCommand("""
            INSERT INTO marts.services (source, structure_id, id, nom, description, date_maj, thematiques, publics, code_insee, run_id,
                                        frais, type, modes_accueil, updated_at, code_region, code_epci, latitude, longitude)
            SELECT 'src' || i % 50, 'src' || (i % 20000 + 1) % 50 || '--s' || i % 20000 + 1, 'src' || i % 50 || '--v' || i,
                   CASE WHEN i % 100 = 7 THEN 'Garage solidaire ' ELSE 'Service ' END || i, repeat('atelier ', 50), DATE '2026-01-01',
                   CASE WHEN i % 100 = 0 THEN ARRAY[$1[i / 100 % cardinality($1) + 1]] ELSE ARRAY[$2[i % cardinality($2) + 1], $2[(i * 7) % cardinality($2) + 1]] END,
                   CASE i % 100 WHEN 0 THEN ARRAY['tous-publics'] WHEN 1 THEN ARRAY['jeunes'] ELSE ARRAY[$3[i % cardinality($3) + 1]] END,
                   CASE WHEN i % 5 = 0 THEN '59' || lpad((i / 5 % 40)::text, 3, '0')
                        ELSE lpad((i % 95 + 1)::text, 2, '0') || lpad((i / 95 % 40)::text, 3, '0') END, gen_random_uuid(),
                   CASE WHEN i % 100 = 2 THEN 'payant' ELSE 'gratuit' END, CASE WHEN i % 100 = 3 THEN 'formation' ELSE 'accompagnement' END,
                   CASE WHEN i % 100 = 4 THEN ARRAY['a-distance'] ELSE ARRAY['en-presentiel'] END,
                   CASE WHEN i % 100 = 6 THEN TIMESTAMPTZ '2026-12-02' ELSE TIMESTAMPTZ '2026-01-02' END,
                   lpad((i % 95 / 5)::text, 2, '0'), (200000000 + i % 95 * 40 + i / 95 % 40 / 10)::text,
                   42 + i % 95 * 0.09, -4 + i / 95 % 40 * 0.2
            FROM generate_series(1, 60000) i
            """, connection);
        var thematiques = Referentiels.Thematiques.Values.Select(v => v.Value).ToArray();
        services.Parameters.Add(new NpgsqlParameter { Value = thematiques.Where(IsRare).ToArray() });
        services.Parameters.Add(new NpgsqlParameter { Value = thematiques.Where(t => !IsRare(t)).ToArray() });
        services.Parameters.Add(new NpgsqlParameter { Value = Referentiels.Publics.Values.Select(v => v.Value).Where(v => v is not ("tous-publics" or "jeunes")).ToArray() });
        services.CommandTimeout = 0;
        await services.ExecuteNonQueryAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE marts.structures; ANALYZE marts.services", connection);
        await analyze.ExecuteNonQueryAsync();
        return db;
    }
}
