using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests.Enrichment;

/// <summary>Rules 1–3: commune codes, code_insee from commune + postcode, official commune names (real COG rows).</summary>
public sealed class PlaceEnrichmentTests
{
    private static readonly Enricher s_enricher = new();

    private static Structure At(string? commune, string? codePostal, string? codeInsee) =>
        Records.Structure with { Commune = commune, CodePostal = codePostal, CodeInsee = codeInsee };

    [Theory]
    [InlineData("75111", "75056")]
    [InlineData("75101", "75056")]
    [InlineData("75120", "75056")]
    [InlineData("69383", "69123")]
    [InlineData("13201", "13055")]
    [InlineData("13216", "13055")]
    public void Arrondissement_code_becomes_its_commune_code(string arrondissement, string commune)
    {
        var result = s_enricher.Enrich(At("Paris", "75011", arrondissement));

        Assert.Equal(commune, result.Value.CodeInsee);
        Assert.Equal(["code_insee"], result.ChangedFields);
    }

    [Theory]
    [InlineData("75100")]
    [InlineData("75121")]
    [InlineData("69380")]
    [InlineData("13217")]
    [InlineData("75056")]
    public void Codes_next_to_the_arrondissement_ranges_are_kept(string code)
    {
        Assert.Equal(code, s_enricher.Enrich(At("Paris", "75011", code)).Value.CodeInsee);
    }

    [Fact]
    public void Arrondissement_on_a_service_without_commune_gets_the_city_name()
    {
        var service = Records.Service with { CodeInsee = "75111", CodePostal = "75011", Commune = null };

        var result = s_enricher.Enrich(service);

        Assert.Equal("75056", result.Value.CodeInsee);
        Assert.Equal("Paris", result.Value.Commune);
        Assert.Equal(["code_insee", "commune"], result.ChangedFields);
    }

    [Theory]
    [InlineData("Nantes", "44000", "44109")]
    [InlineData("NANTES", "44100", "44109")]
    [InlineData("Saint-Herblain", "44800", "44162")]
    [InlineData("ST HERBLAIN", "44800", "44162")]
    [InlineData("st-herblain", "44800", "44162")]
    [InlineData("Ajaccio", "20000", "2A004")]
    [InlineData("Bastia", "20200", "2B033")]
    [InlineData("Saint-Denis", "97400", "97411")]
    [InlineData("St Denis", "93200", "93066")]
    [InlineData("Saint-Barthélemy", "97133", "97701")]
    [InlineData("Paris 11e", "75011", "75056")]
    [InlineData("Lyon 3ème arrondissement", "69003", "69123")]
    [InlineData("Ambérieu en Bugey", "01500", "01004")]
    [InlineData("Amberieu-en-Bugey", "01500", "01004")]
    public void Missing_code_insee_is_found_from_commune_and_postcode(string commune, string codePostal, string expected)
    {
        var result = s_enricher.Enrich(At(commune, codePostal, null));

        Assert.Equal(expected, result.Value.CodeInsee);
        Assert.Equal(commune, result.Value.Commune);
        Assert.Equal(["code_insee"], result.ChangedFields);
    }

    [Fact]
    public void Cedex_postcode_finds_the_commune_not_the_commune_whose_code_equals_the_postcode()
    {
        // 44035 is a CEDEX postcode of Nantes and also the INSEE code of La Chapelle-sur-Erdre.
        var result = s_enricher.Enrich(At("NANTES CEDEX 1", "44035", null));

        Assert.Equal("44109", result.Value.CodeInsee);
        Assert.Equal("NANTES CEDEX 1", result.Value.Commune);
    }

    [Theory]
    [InlineData("Bors", "16190")]
    [InlineData("Castillon", "64370")]
    public void Homonyms_in_the_same_departement_are_left_null(string commune, string codePostal)
    {
        var result = s_enricher.Enrich(At(commune, codePostal, null));

        Assert.Null(result.Value.CodeInsee);
        Assert.Empty(result.ChangedFields);
    }

    [Fact]
    public void Parenthesised_official_name_is_found_when_written_in_full()
    {
        var result = s_enricher.Enrich(At("Bors (Canton de Charente-Sud)", "16360", null));

        Assert.Equal("16053", result.Value.CodeInsee);
    }

    [Theory]
    [InlineData("Nantes", "35000")]
    [InlineData("Nantes", "4400")]
    [InlineData("Nantes", null)]
    [InlineData("Atlantis", "44000")]
    [InlineData("Monaco", "98000")]
    [InlineData("", "44000")]
    public void Unknown_commune_or_unusable_postcode_leaves_code_insee_null(string commune, string? codePostal)
    {
        var result = s_enricher.Enrich(At(commune, codePostal, null));

        Assert.Null(result.Value.CodeInsee);
        Assert.DoesNotContain("code_insee", result.ChangedFields);
    }

    [Fact]
    public void Ambiguity_is_detected_in_an_injected_table()
    {
        var table = new CommuneTable([("99001", "Sainte-Marie"), ("99002", "Ste Marie"), ("98801", "Sainte-Marie")]);
        var enricher = new Enricher(table);

        Assert.Null(enricher.Enrich(At("Sainte-Marie", "99000", null)).Value.CodeInsee);
        Assert.Equal("98801", enricher.Enrich(At("Sainte-Marie", "98800", null)).Value.CodeInsee);
    }

    [Fact]
    public void Existing_code_insee_is_never_replaced_even_when_the_name_disagrees()
    {
        var result = s_enricher.Enrich(At("Saint-Herblain", "44800", "44109"));

        Assert.Equal("44109", result.Value.CodeInsee);
        Assert.Empty(result.ChangedFields);
    }

    [Theory]
    [InlineData("44162", "Saint-Herblain")]
    [InlineData("2A004", "Ajaccio")]
    [InlineData("97411", "Saint-Denis")]
    public void Missing_commune_gets_the_official_name_of_its_code(string codeInsee, string expected)
    {
        var result = s_enricher.Enrich(At(null, null, codeInsee));

        Assert.Equal(expected, result.Value.Commune);
        Assert.Equal(["commune"], result.ChangedFields);
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("abc")]
    public void Unknown_code_leaves_commune_null(string codeInsee)
    {
        var result = s_enricher.Enrich(At(null, null, codeInsee));

        Assert.Null(result.Value.Commune);
        Assert.Empty(result.ChangedFields);
    }

    [Fact]
    public void Service_gets_code_and_name_rules_too()
    {
        var service = Records.Service with { Commune = "Nantes", CodePostal = "44000", CodeInsee = null };

        Assert.Equal("44109", s_enricher.Enrich(service).Value.CodeInsee);
    }

    [Fact]
    public void Embedded_table_holds_every_commune_of_the_extract()
    {
        Assert.Equal(35_049, CommuneTable.Default.Count);
    }
}
