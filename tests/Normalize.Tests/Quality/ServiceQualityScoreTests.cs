using DataInclusion.Normalize.Quality;
using static DataInclusion.Normalize.Tests.Quality.QualityCases;

namespace DataInclusion.Normalize.Tests.Quality;

/// <summary>Issue 9 §3: the service score is the mean of the applicable criteria; the structure's the mean of its services'.</summary>
public sealed class ServiceQualityScoreTests
{
    [Fact]
    public void Minimal_SevenCriteriaApplyAndOnlyFreshnessScores()
    {
        var score = ServiceQuality.Score(Minimal(), Today);
        Assert.Equal(
            [ServiceQuality.ModesMobilisationBienDefinis, ServiceQuality.AuMoinsUnPublic, ServiceQuality.AuMoinsUneThematique,
             ServiceQuality.AuMoinsUnMoyenDeContact, ServiceQuality.DateMajRecente, ServiceQuality.FraisBienDefinis,
             ServiceQuality.DescriptionBienDefinie],
            score.Criteres.Select(c => c.Nom));
        Assert.Equal(0.14, score.Score); // 1 / 7
    }

    [Fact]
    public void Complete_AllTenCriteriaApplyAndScoreOne()
    {
        var service = Minimal() with
        {
            Description = new string('d', 300),
            Adresse = "1 rue de la Paix",
            ModesAccueil = ["en-presentiel"],
            ModesMobilisation = ["envoyer-un-courriel", "telephoner"],
            MobilisablePar = ["usagers"],
            Publics = ["jeunes"],
            Thematiques = ["mobilite--acceder-a-un-vehicule"],
            Courriel = "a@b.fr",
            Telephone = "+33123456789",
            Frais = "gratuit",
        };
        var score = ServiceQuality.Score(service, Today);
        Assert.Equal(10, score.Criteres.Count);
        Assert.Equal(1, score.Score);
    }

    [Fact]
    public void NotApplicableCriteria_AreLeftOutOfTheMean()
    {
        // france-travail: freshness does not apply, so 6 criteria apply: frais 1, description 0.5, the rest 0 → 1.5 / 6.
        var service = Minimal("france-travail") with { Frais = "gratuit", Description = new string('d', 60) };
        var score = ServiceQuality.Score(service, Today);
        Assert.Equal(6, score.Criteres.Count);
        Assert.Equal(0.25, score.Score);
    }

    [Fact]
    public void Structure_MeanOfItsServicesOrNullWithout()
    {
        Assert.Null(StructureQuality.Mean([]));
        Assert.Equal(0.5, StructureQuality.Mean([0.25, 0.75]));
        Assert.Equal(0.67, StructureQuality.Mean([1, 1, 0]));
        Assert.Equal(0.13, StructureQuality.Mean([0.12, 0.13])); // half away from zero, like PostgreSQL round(numeric)
    }
}
