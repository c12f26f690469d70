using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests.Enrichment;

/// <summary>Rule 5: names, descriptions, e-mails and links.</summary>
public sealed class TextCleanupTests
{
    private static readonly Enricher s_enricher = new();

    [Theory]
    [InlineData("  Mission Locale   Nantes Métropole ", "Mission Locale Nantes Métropole")]
    [InlineData("Mission\tLocale\r\nNantes", "Mission Locale Nantes")]
    [InlineData("Épicerie\u00a0solidaire", "Épicerie solidaire")]
    public void Nom_is_trimmed_and_inner_whitespace_collapsed(string nom, string expected)
    {
        var result = s_enricher.Enrich(Records.Structure with { Nom = nom });

        Assert.Equal(expected, result.Value.Nom);
        Assert.Equal(["nom"], result.ChangedFields);
    }

    [Fact]
    public void Nom_over_150_characters_keeps_149_and_an_ellipsis()
    {
        var nom = string.Concat(Enumerable.Repeat("Accompagnement ", 12)).Trim();

        var result = s_enricher.Enrich(Records.Service with { Nom = nom });

        Assert.True(nom.Length > 150);
        Assert.Equal(150, result.Value.Nom.Length);
        Assert.Equal(nom[..149] + "…", result.Value.Nom);
    }

    [Fact]
    public void Nom_of_exactly_150_characters_is_kept()
    {
        var nom = new string('a', 150);

        Assert.Same(nom, s_enricher.Enrich(Records.Structure with { Nom = nom }).Value.Nom);
    }

    [Fact]
    public void Description_over_10000_characters_keeps_9999_and_an_ellipsis()
    {
        var description = "Ateliers collectifs.\n" + new string('x', 10_000);

        var result = s_enricher.Enrich(Records.Service with { Description = description, Commune = "Rennes" });

        Assert.Equal(10_000, result.Value.Description.Length);
        Assert.Equal(description[..9999] + "…", result.Value.Description);
        Assert.Equal(["description"], result.ChangedFields);
    }

    [Fact]
    public void Truncation_does_not_split_a_surrogate_pair()
    {
        var value = new string('a', 148) + "😀" + "bbb";

        var truncated = TextCleanup.Truncate(value, 150);

        Assert.Equal(new string('a', 148) + "…", truncated);
    }

    [Theory]
    [InlineData("  Contact@Mission-Locale.FR ", "contact@mission-locale.fr")]
    [InlineData("mailto:Accueil@Ccas-Nantes.fr", "accueil@ccas-nantes.fr")]
    [InlineData("   ", null)]
    public void Courriel_is_trimmed_and_lower_cased(string courriel, string? expected)
    {
        var result = s_enricher.Enrich(Records.Structure with { Courriel = courriel });

        Assert.Equal(expected, result.Value.Courriel);
        Assert.Equal(["courriel"], result.ChangedFields);
    }

    [Theory]
    [InlineData("www.missionlocale-nantes.org", "https://www.missionlocale-nantes.org")]
    [InlineData(" missionlocale-nantes.org/contact ", "https://missionlocale-nantes.org/contact")]
    [InlineData("//missionlocale-nantes.org", "https://missionlocale-nantes.org")]
    [InlineData("www.exemple.fr:8080/accueil", "https://www.exemple.fr:8080/accueil")]
    [InlineData("http://missionlocale-nantes.org", "http://missionlocale-nantes.org")]
    [InlineData("mailto:contact@exemple.fr", "mailto:contact@exemple.fr")]
    [InlineData("voir notre page facebook", "voir notre page facebook")]
    [InlineData("", null)]
    public void Links_without_scheme_get_https(string url, string? expected)
    {
        Assert.Equal(expected, TextCleanup.Url(url));
    }

    [Fact]
    public void Every_link_field_is_cleaned()
    {
        var structure = s_enricher.Enrich(Records.Structure with
        {
            SiteWeb = "www.exemple.fr",
            LienSource = "annuaire.exemple.fr/s1",
            AccessibiliteLieu = "acceslibre.beta.gouv.fr/app/44-nantes/a/x/",
        });
        var service = s_enricher.Enrich(Records.Service with { LienSource = "exemple.fr/sv1", LienMobilisation = "exemple.fr/inscription" });

        Assert.Equal("https://www.exemple.fr", structure.Value.SiteWeb);
        Assert.Equal("https://annuaire.exemple.fr/s1", structure.Value.LienSource);
        Assert.Equal("https://acceslibre.beta.gouv.fr/app/44-nantes/a/x/", structure.Value.AccessibiliteLieu);
        Assert.Equal(["site_web", "lien_source", "accessibilite_lieu"], structure.ChangedFields);
        Assert.Equal("https://exemple.fr/sv1", service.Value.LienSource);
        Assert.Equal("https://exemple.fr/inscription", service.Value.LienMobilisation);
    }
}
