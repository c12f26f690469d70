using System.Text.Json;
using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests.Enrichment;

/// <summary>Whole-record behaviour: clean records untouched, enrichment idempotent, changes reported.</summary>
public sealed class EnricherTests
{
    private static readonly Enricher s_enricher = new();

    // The baseline service has a code but no commune name, which rule 3 would fill.
    private static Service CleanService { get; } = Records.Service with { Commune = "Rennes" };

    private static Structure MessyStructure => Records.Structure with
    {
        Nom = "  Mission   Locale\nNantes Métropole ",
        Description = new string('d', 12_000),
        Commune = "NANTES CEDEX 1",
        CodePostal = "44035",
        CodeInsee = null,
        Telephone = "02 40 41 90 00",
        Courriel = " Contact@MissionLocale-Nantes.org ",
        SiteWeb = "www.missionlocale-nantes.org",
        LienSource = " annuaire.exemple.fr/structures/ml-nantes",
    };

    private static Service MessyService => CleanService with
    {
        Nom = "Atelier\u00a0CV ",
        Commune = null,
        CodePostal = "75011",
        CodeInsee = "75111",
        Telephone = "+33 (0)1 44 78 12 34",
        Courriel = "ATELIER@EXEMPLE.FR",
        LienMobilisation = "exemple.fr/inscription",
    };

    [Fact]
    public void Clean_structure_is_returned_as_is()
    {
        var result = s_enricher.Enrich(Records.Structure);

        Assert.Same(Records.Structure, result.Value);
        Assert.Empty(result.ChangedFields);
        Assert.False(result.Changed);
    }

    [Fact]
    public void Clean_service_is_returned_as_is()
    {
        var result = s_enricher.Enrich(CleanService);

        Assert.Same(CleanService, result.Value);
        Assert.False(result.Changed);
    }

    [Fact]
    public void Messy_structure_reports_every_changed_field_in_rule_order()
    {
        var result = s_enricher.Enrich(MessyStructure);

        Assert.Equal(["nom", "description", "courriel", "site_web", "lien_source", "code_insee", "telephone"], result.ChangedFields);
        Assert.Equal("Mission Locale Nantes Métropole", result.Value.Nom);
        Assert.Equal("44109", result.Value.CodeInsee);
        Assert.Equal("+33240419000", result.Value.Telephone);
    }

    [Fact]
    public void Messy_service_reports_every_changed_field_in_rule_order()
    {
        var result = s_enricher.Enrich(MessyService);

        Assert.Equal(["nom", "courriel", "lien_mobilisation", "code_insee", "commune", "telephone"], result.ChangedFields);
        Assert.Equal("75056", result.Value.CodeInsee);
        Assert.Equal("Paris", result.Value.Commune);
    }

    [Fact]
    public void Enriching_a_structure_twice_equals_enriching_it_once()
    {
        var once = s_enricher.Enrich(MessyStructure).Value;
        var twice = s_enricher.Enrich(once);

        Assert.False(twice.Changed);
        Assert.Same(once, twice.Value);
        Assert.Equal(Json(once), Json(twice.Value));
    }

    [Fact]
    public void Enriching_a_service_twice_equals_enriching_it_once()
    {
        var once = s_enricher.Enrich(MessyService).Value;
        var twice = s_enricher.Enrich(once);

        Assert.False(twice.Changed);
        Assert.Equal(Json(once), Json(twice.Value));
    }

    [Fact]
    public void Input_record_is_not_modified()
    {
        var input = MessyStructure;
        var before = Json(input);

        s_enricher.Enrich(input);

        Assert.Equal(before, Json(input));
    }

    [Fact]
    public void Fields_outside_the_rules_are_copied_unchanged()
    {
        var input = MessyStructure;

        var output = s_enricher.Enrich(input).Value;

        Assert.Equal(input.Siret, output.Siret);
        Assert.Equal(input.Adresse, output.Adresse);
        Assert.Equal(input.CodePostal, output.CodePostal);
        Assert.Equal(input.Commune, output.Commune);
        Assert.Equal(input.ReseauxPorteurs, output.ReseauxPorteurs);
        Assert.Equal(input.DateMaj, output.DateMaj);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
