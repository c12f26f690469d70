using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DataInclusion.Host.Tests.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Rest;

/// <summary>Issue 12 §3: REST v1's envelope, shapes, errors and reference lists, on <see cref="PortalMarts"/> over real HTTP.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RestEndpointsTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly string[] s_serviceFields =
    [
        "source", "structure_id", "id", "nom", "description", "lien_source", "date_maj", "type", "thematiques", "frais", "frais_precisions",
        "publics", "publics_precisions", "conditions_acces", "commune", "code_postal", "code_insee", "adresse", "complement_adresse",
        "longitude", "latitude", "telephone", "courriel", "modes_accueil", "zone_eligibilite", "contact_nom_prenom", "lien_mobilisation",
        "modes_mobilisation", "mobilisable_par", "mobilisation_precisions", "volume_horaire_hebdomadaire", "nombre_semaines",
        "horaires_accueil", "adresse_certifiee", "score_qualite",
    ];

    private static readonly string[] s_structureFields =
    [
        "source", "id", "nom", "date_maj", "description", "lien_source", "siret", "commune", "code_postal", "code_insee", "adresse",
        "complement_adresse", "longitude", "latitude", "telephone", "courriel", "site_web", "horaires_accueil", "accessibilite_lieu",
        "reseaux_porteurs", "adresse_certifiee", "score_qualite",
    ];

    private string _db = null!;
    private NpgsqlDataSource _dataSource = null!;
    private RestServer _server = null!;

    public async Task InitializeAsync()
    {
        _db = await postgres.CreateDatabaseAsync();
        await PortalMarts.SeedPortalAsync(_db);
        // alpha and beta describe the same place; alpha's address is the BAN's.
        await ExecuteAsync(_db, "UPDATE marts.structures SET cluster_id = 'c1' WHERE id IN ('alpha--s1', 'beta--s2')");
        await ExecuteAsync(_db, "UPDATE marts.structures SET adresse_provenance = 'geocodage' WHERE id = 'alpha--s1'");
        await ExecuteAsync(_db, "UPDATE marts.services SET score_qualite = 0.75 WHERE id = 'alpha--v1'");
        _dataSource = NpgsqlDataSource.Create(_db);
        _server = await RestServer.StartAsync(_dataSource);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    [Fact]
    public async Task Services_PageEnvelope_IsDataInclusions_WithNext()
    {
        var first = await GetAsync("/services?size=3");
        var all = await GetAsync("/services");

        Assert.Equal((4, 1, 3, 2), (first.GetProperty("total").GetInt32(), first.GetProperty("page").GetInt32(), first.GetProperty("size").GetInt32(), first.GetProperty("pages").GetInt32()));
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        var next = first.GetProperty("next").GetString()!;
        var second = await GetAsync("/services?size=3&cursor=" + Uri.EscapeDataString(next));
        Assert.Equal(["gamma--v4"], Ids(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("page").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        // Default size 5000: one page holds the four.
        Assert.Equal((4, 1, 4, 1), (all.GetProperty("total").GetInt32(), all.GetProperty("page").GetInt32(), all.GetProperty("size").GetInt32(), all.GetProperty("pages").GetInt32()));
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);
        var beyond = await GetAsync("/services?size=3&page=9");
        Assert.Equal((4, 0, 2), (beyond.GetProperty("total").GetInt32(), beyond.GetProperty("size").GetInt32(), beyond.GetProperty("pages").GetInt32()));
    }

    [Fact]
    public async Task Items_CarryExactlyTheV1FieldsAndDataInclusionsExtras_InTheReferencesOrder()
    {
        var services = await GetAsync("/services?sources=alpha");
        var structures = await GetAsync("/structures");

        var service = services.GetProperty("items")[0];
        // In order: the address block is declared once (RestPlace) and placed amid each record's own fields.
        Assert.Equal(s_serviceFields, service.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-01-01", service.GetProperty("date_maj").GetString());
        Assert.Equal(0.75, service.GetProperty("score_qualite").GetDouble());
        Assert.Equal(["mobilite--acceder-a-un-vehicule"], service.GetProperty("thematiques").EnumerateArray().Select(t => t.GetString()));
        var structure = structures.GetProperty("items")[0];
        Assert.Equal(s_structureFields.Prepend("doublons"), structure.EnumerateObject().Select(p => p.Name));
        Assert.True(structure.GetProperty("adresse_certifiee").GetBoolean());
        Assert.False(structures.GetProperty("items")[1].GetProperty("adresse_certifiee").GetBoolean());
        // A structure without a score has data·inclusion's 0.
        Assert.Equal(0, structure.GetProperty("score_qualite").GetDouble());
    }

    [Fact]
    public async Task Structures_ListNameTheirDoublons_DetailGivesThemInFullWithTheServices()
    {
        var list = await GetAsync("/structures");
        var detail = await GetAsync("/structures/alpha--s1");

        var doublons = list.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("doublons").GetRawText());
        Assert.Equal("[{\"source\":\"beta\",\"id\":\"beta--s2\"}]", doublons["alpha--s1"]);
        Assert.Equal("[{\"source\":\"alpha\",\"id\":\"alpha--s1\"}]", doublons["beta--s2"]);
        Assert.Equal("[]", doublons["gamma--s3"]);
        Assert.Equal("Épicerie solidaire du Bouffay", detail.GetProperty("doublons")[0].GetProperty("nom").GetString());
        Assert.Equal(["alpha--v1", "alpha--v2"], detail.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Service_ById_HasItsStructure_AnUnknownIdIs404()
    {
        var service = await GetAsync("/services/beta--v3");
        using var missing = await _server.Http.GetAsync(new Uri("/api/v1/services/beta--nope", UriKind.Relative));
        using var missingStructure = await _server.Http.GetAsync(new Uri("/api/v1/structures/beta--nope", UriKind.Relative));

        Assert.Equal("Épicerie solidaire du Bouffay", service.GetProperty("structure").GetProperty("nom").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("{\"detail\":\"Not Found\"}", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missingStructure.StatusCode);
    }

    [Theory]
    [InlineData("/services?thematiques=mobilte", "thematiques", "« mobilte » n’est ni une thématique ni une catégorie de thématiques. Vouliez-vous dire « mobilite » ?")]
    [InlineData("/services?publics=jeune&frais=gratuit", "publics", "Vouliez-vous dire « jeunes » ?")]
    [InlineData("/structures?slug_departement=loire-atl", "slug_departement", "Vouliez-vous dire « loire-atlantique » ?")]
    [InlineData("/services?size=0", "size", "entre 1 et 10000")]
    [InlineData("/services?size=10001", "size", "entre 1 et 10000")]
    [InlineData("/services?page=0", "page", "commence à 1")]
    [InlineData("/services?page=deux", "page", "« deux » n’est pas un nombre entier.")]
    [InlineData("/services?cursor=nope", "cursor", "n’est pas un champ next")]
    [InlineData("/services?cursor=aWQ6YWxwaGEtLXYy&page=2", "cursor", "s’excluent")]
    [InlineData("/services?updated_since=hier", "updated_since", "date-heure RFC 3339")]
    [InlineData("/services?exclure_doublons=peut-etre", "exclure_doublons", "booléen")]
    [InlineData("/services?recherche_public=%20", "recherche_public", "de 1 à 500 caractères")]
    [InlineData("/search/services?code_commune=99999", "code_commune", "commune inconnue : « 99999 »")]
    [InlineData("/search/services?lat=47.2", "lat", "latitude et longitude vont ensemble")]
    [InlineData("/search/services?code_commune=44109&distance=0", "distance", "la distance doit être comprise entre 0 (exclu) et 1000 km")]
    [InlineData("/search?code_commune=44109", "q", "de 1 à 500 caractères")]
    [InlineData("/search?q=aide&cursor=aWQ6YWxwaGEtLXYy", "cursor", "n’est pas un champ next rendu par cette recherche")]
    [InlineData("/services.ndjson?frais=gratis", "frais", "Vouliez-vous dire « gratuit » ?")]
    public async Task InvalidParameter_Is422_InFastApisShape_WithOurFrenchMessage(string path, string parameter, string message)
    {
        using var response = await _server.Http.GetAsync(new Uri("/api/v1" + path, UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = Assert.Single(body.GetProperty("detail").EnumerateArray());
        Assert.Equal(["query", parameter], detail.GetProperty("loc").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("value_error", detail.GetProperty("type").GetString());
        Assert.Contains(message, detail.GetProperty("msg").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doc_ListsEachReferentiel_SourcesListsTheRegistry()
    {
        var thematiques = await GetAsync("/doc/thematiques");
        var types = await GetAsync("/doc/types-services");
        var sources = await GetAsync("/sources");

        Assert.Equal(69, thematiques.GetArrayLength());
        Assert.Equal("{\"value\":\"accompagnement\",\"label\":\"Accompagnement\",\"description\":null}", types[0].GetRawText());
        var dora = sources.EnumerateArray().Single(s => s.GetProperty("slug").GetString() == "dora");
        Assert.Equal("dora", dora.GetProperty("nom").GetString());
        Assert.StartsWith("Structures and services", dora.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ndjson_StreamsEveryMatchInIdOrder_OneObjectPerLine_WithUpdatedSince()
    {
        using var all = await _server.Http.GetAsync(new Uri("/api/v1/services.ndjson", UriKind.Relative));
        var since = await _server.Http.GetStringAsync(new Uri("/api/v1/services.ndjson?updated_since=2026-03-01T00:00:00.000001Z", UriKind.Relative));
        var structures = await _server.Http.GetStringAsync(new Uri("/api/v1/structures.ndjson?code_departement=44", UriKind.Relative));

        Assert.Equal("application/x-ndjson", all.Content.Headers.ContentType?.MediaType);
        var lines = (await all.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.Equal(["alpha--v1", "alpha--v2", "beta--v3", "gamma--v4"], lines[..^1].Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal(s_serviceFields.Order(), JsonDocument.Parse(lines[0]).RootElement.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["alpha--v2", "beta--v3"], NdjsonIds(since));
        Assert.Equal(["alpha--s1", "beta--s2"], NdjsonIds(structures));
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await _server.Http.GetAsync(new Uri("/api/v1" + path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task ExecuteAsync(string db, string sql)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static List<string> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    private static List<string> NdjsonIds(string ndjson) =>
        ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();
}
