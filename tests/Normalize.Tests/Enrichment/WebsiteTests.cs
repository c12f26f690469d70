using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Internal;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests.Enrichment;

/// <summary><c>site_web</c> in one canonical spelling, without breaking a link that works.</summary>
public sealed class WebsiteTests
{
    [Theory]
    [InlineData("www.Mairie-Rennes.FR", "https://www.mairie-rennes.fr")]
    [InlineData("HTTPS://WWW.EXEMPLE.FR/Accueil", "https://www.exemple.fr/Accueil")]
    [InlineData("Http://Exemple.fr:80/", "http://exemple.fr")]
    [InlineData("https://exemple.fr:443/contact", "https://exemple.fr/contact")]
    [InlineData("https://exemple.fr/", "https://exemple.fr")]
    [InlineData("https://exemple.fr:/", "https://exemple.fr")]
    [InlineData("http://exemple.fr:443/", "http://exemple.fr:443")]
    [InlineData("https://exemple.fr:8443/Espace?Id=AbC#Haut", "https://exemple.fr:8443/Espace?Id=AbC#Haut")]
    [InlineData("https://exemple.fr/?page=2", "https://exemple.fr/?page=2")]
    [InlineData("https://exemple.fr/chemin%20encode/", "https://exemple.fr/chemin%20encode/")]
    [InlineData("https://Mairie-ÉPINAL.fr/Démarches", "https://mairie-épinal.fr/Démarches")]
    [InlineData("https://xn--mairie-pinal-kbb.fr", "https://xn--mairie-pinal-kbb.fr")]
    [InlineData("https://Jean:Secret@Exemple.FR/", "https://Jean:Secret@exemple.fr")]
    [InlineData("http://[2001:DB8::1]:80/", "http://[2001:db8::1]")]
    [InlineData("//Exemple.fr/", "https://exemple.fr")]
    [InlineData("mailto:Contact@Exemple.fr", "mailto:Contact@Exemple.fr")]
    [InlineData("voir notre page Facebook", "voir notre page Facebook")]
    [InlineData("  ", null)]
    public void Site_web_is_canonical(string input, string? expected) => Assert.Equal(expected, Website.Normalize(input));

    [Theory]
    [InlineData("https://www.exemple.fr/a/b?c=d&e=F#G")]
    [InlineData("https://exemple.fr")]
    [InlineData("http://localhost:8080/x")]
    [InlineData("https://mairie-épinal.fr/Démarches")]
    public void Canonical_urls_are_fixed_points_and_stay_valid(string url)
    {
        var normalized = Website.Normalize(url);

        Assert.Equal(url, normalized);
        Assert.True(Formats.IsHttpUrl(normalized!));
    }

    [Fact]
    public void Equal_sites_spelled_differently_become_one_string()
    {
        string[] spellings = ["www.ccas-rennes.fr", "HTTPS://WWW.CCAS-RENNES.FR/", "https://www.ccas-rennes.fr:443", "//www.Ccas-Rennes.fr"];

        Assert.Single(spellings.Select(Website.Normalize).Distinct());
    }

    [Fact]
    public void The_enricher_normalises_site_web()
    {
        var result = new Enricher().Enrich(Records.Structure with { SiteWeb = "HTTP://Exemple.FR:80/" });

        Assert.Equal("http://exemple.fr", result.Value.SiteWeb);
        Assert.Contains("site_web", result.ChangedFields);
    }
}
