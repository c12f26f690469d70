using System.Text.Json;
using DataInclusion.Host.Enrichment;

namespace DataInclusion.Host.Tests.Enrichment;

/// <summary>Reading a <c>/search</c> answer (interop.md §5.6) and pacing requests to the published limit.</summary>
public sealed class RechercheEntreprisesContractTests
{
    private const string Answer = """
        {"results": [{"siren": "732829320", "nom_complet": "ASSOCIATION", "etat_administratif": "A",
          "siege": {"siret": "73282932000017", "etat_administratif": "A", "est_siege": true},
          "matching_etablissements": [{"siret": "73282932000074", "etat_administratif": "F", "est_siege": false}]}],
         "total_results": 1, "page": 1, "per_page": 5, "total_pages": 1}
        """;

    [Theory]
    [InlineData("73282932000074", true, "F", false)]
    [InlineData("73282932000017", true, "A", true)]
    [InlineData("73282932000025", false, null, null)]
    public void Read_FindsTheEstablishmentInMatchingEtablissementsOrSiege(string siret, bool found, string? etat, bool? siege)
    {
        var status = RechercheEntreprisesClient.Read(siret, JsonDocument.Parse(Answer).RootElement);

        Assert.Equal(new EstablishmentStatus(siret, found, etat, siege), status);
    }

    [Theory]
    [InlineData("""{"erreur": "x"}""")]
    [InlineData("""{"results": {"siren": "1"}}""")]
    [InlineData("""{"results": ["x"]}""")]
    [InlineData("[]")]
    public void Read_RefusesAnswersOfAnotherShape(string json) =>
        Assert.Null(RechercheEntreprisesClient.Read("73282932000074", JsonDocument.Parse(json).RootElement));

    [Fact]
    public void Pacer_SpacesRequestsToTheLimit_WhateverTheNumberOfCallers()
    {
        var now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
        var pacer = new RequestPacer(7, new StoppedClock(now));

        var slots = Enumerable.Range(0, 8).Select(_ => pacer.Reserve()).ToList();

        Assert.Equal(now, slots[0]);
        Assert.All(slots.Zip(slots.Skip(1)), p => Assert.InRange((p.Second - p.First).TotalSeconds, 1.0 / 7 - 1e-6, 1.0 / 7 + 1e-6));
        Assert.True(slots[7] - slots[0] >= TimeSpan.FromSeconds(0.99), "8 requests take at least one second at 7/s");
    }
}
