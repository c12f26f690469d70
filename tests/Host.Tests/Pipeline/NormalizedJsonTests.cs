using System.Text;
using System.Text.Json;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Quality;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8 (the normalisation's CPU): a record's normalised JSON is now built as UTF-8 in one reused buffer
/// (<see cref="JsonObjectBuffer"/>) instead of a string spliced three times. Its bytes must be exactly those of the
/// former text (the digest of the staged rows and the normalised layer depend on them): the former construction is
/// written out here as the reference.
/// </summary>
public sealed class NormalizedJsonTests
{
    private static readonly DateOnly s_today = new(2025, 6, 1);

    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private static readonly Structure[] s_structures =
    [
        new() { Source = "t", Id = "t--nue", Nom = "Nue", DateMaj = new DateOnly(2025, 3, 1) },
        new()
        {
            Source = "t", Id = "t--riche", Nom = "  Épicerie\t« solidaire » 🚲 \"citée\"\n ", DateMaj = new DateOnly(2024, 12, 31),
            Description = new string('é', 10_005) + "\u0001\u2028<script>&", Courriel = " Jean.Dupont@Gmail.com ", SiteWeb = "www.exemple.fr",
            CodeInsee = "75105", CodePostal = "75005", Longitude = 2.35, Latitude = 48.8466, Telephone = "01 23 45 67 89",
            ReseauxPorteurs = ["france-travail", "日本語"],
        },
        new() { Source = "t", Id = "t--mairie", Nom = "Mairie.", DateMaj = new DateOnly(2025, 1, 2), Courriel = "accueil@mairie-nantes.fr", Commune = "Nantes", CodePostal = "44000" },
    ];

    private static readonly Service[] s_services =
    [
        new()
        {
            Source = "t", StructureId = "t--riche", Id = "t--s1", Nom = "Garage", Description = "Réparer son véhicule \ud83d\ude97 à petit prix",
            DateMaj = new DateOnly(2025, 5, 1), Thematiques = ["mobilite--entretenir-reparer-son-vehicule"], Publics = ["tous-publics"],
            ModesMobilisation = ["telephoner"], MobilisablePar = ["usagers"], CodeInsee = "13201", Courriel = "contact@garage.org",
            VolumeHoraireHebdomadaire = 12.5, NombreSemaines = 3, ZoneEligibilite = ["44", "75056"],
        },
        new() { Source = "t", StructureId = "t--nue", Id = "t--s2", Nom = "V", Description = "D", DateMaj = default },
    ];

    [Fact]
    public void StructureJson_IsTheBytesOfTheFormerSplicedText()
    {
        var run = Validate(s_structures, []);

        Assert.Equal(s_structures.Length, run.Structures.Count);
        foreach (var (mapped, record) in s_structures.Zip(run.Structures))
        {
            Assert.Equal(FormerStructureJson(mapped), record.Json);
            Assert.Equal(Encoding.UTF8.GetBytes(FormerStructureJson(mapped)), record.Utf8Json);
        }

        // The dedup command's own door gives the same bytes.
        var enriched = new Enricher().Enrich(s_structures[1]).Value;
        Assert.Equal(FormerStructureJson(s_structures[1]), Encoding.UTF8.GetString(RunValidation.StructureJson(s_structures[1], enriched)));
    }

    [Fact]
    public void ServiceJson_IsTheBytesOfTheFormerSplicedText_AfterAStructureOfAnotherSize()
    {
        // The buffer is reused: a long record first, then short ones, must leave nothing behind.
        var run = Validate(s_structures, s_services);

        Assert.Equal(s_services.Length, run.Services.Count);
        foreach (var (mapped, record) in s_services.Zip(run.Services))
        {
            Assert.Equal(Encoding.UTF8.GetBytes(FormerServiceJson(mapped)), record.Utf8Json);
        }
    }

    private static ValidatedRun Validate(Structure[] structures, Service[] services) =>
        RunValidation.Validate(new MappingResult(structures, services, []), new RecordValidator(TimeProvider.System), new Enricher(), today: s_today);

    // The construction before JsonObjectBuffer, kept as the reference: serialise as a string, splice each addition as text.
    private static string FormerStructureJson(Structure mapped)
    {
        var enriched = new Enricher().Enrich(mapped).Value;
        var json = Splice(JsonSerializer.Serialize(enriched, s_json), Place(mapped.CodeInsee, enriched.CodeInsee));
        return Email(json, enriched.Courriel);
    }

    private static string FormerServiceJson(Service mapped)
    {
        var service = new Enricher().Enrich(mapped).Value;
        var quality = ServiceQuality.Score(service, s_today);
        var json = Splice(JsonSerializer.Serialize(service, s_json), JsonSerializer.Serialize(new { score_qualite = quality.Score, criteres_qualite = quality.Criteres }));
        json = Splice(json, Place(mapped.CodeInsee, service.CodeInsee));
        return Email(json, service.Courriel);
    }

    private static string Place(string? producerCode, string? enrichedCode)
    {
        var place = PlaceJson.Of(producerCode, enrichedCode);
        return JsonSerializer.Serialize(new
        {
            code_departement = place.CodeDepartement,
            code_region = place.CodeRegion,
            code_epci = place.CodeEpci,
            code_arrondissement = place.CodeArrondissement,
        });
    }

    private static string Splice(string json, string fields) => string.Concat(json.AsSpan(0, json.Length - 1), ",", fields.AsSpan(1));

    private static string Email(string json, string? courriel) => string.IsNullOrWhiteSpace(courriel)
        ? json
        : string.Concat(json.AsSpan(0, json.Length - 1), ",\"courriel_personnel\":", PersonalEmail.IsPersonal(courriel) ? "true" : "false", "}");
}
