using DataInclusion.Normalize.Quality;
using static DataInclusion.Normalize.Tests.Quality.QualityCases;

namespace DataInclusion.Normalize.Tests.Quality;

/// <summary>Issue 9 §3: each v1 criterion of reference §5.3 at its boundaries, and where it does not apply.</summary>
public sealed class ServiceQualityCriteriaTests
{
    [Fact]
    public void AdresseBienDefinie_AppliesOnlyToServicesReceivingInPerson()
    {
        Assert.Null(Criterion(Minimal() with { ModesAccueil = ["a-distance"], ModesMobilisation = ["telephoner"] }, ServiceQuality.AdresseBienDefinie));
        Assert.Equal(0, Criterion(Minimal() with { ModesAccueil = ["en-presentiel"] }, ServiceQuality.AdresseBienDefinie));
        Assert.Equal(0, Criterion(Minimal() with { ModesMobilisation = ["se-presenter"], Adresse = "  " }, ServiceQuality.AdresseBienDefinie));
        Assert.Equal(1, Criterion(Minimal() with { ModesMobilisation = ["se-presenter"], Adresse = "1 rue de la Paix" }, ServiceQuality.AdresseBienDefinie));
    }

    [Theory]
    [InlineData(false, false, 0)]
    [InlineData(true, false, 0.5)]
    [InlineData(false, true, 0.5)]
    [InlineData(true, true, 1)]
    public void ModesMobilisationBienDefinis_HalfPerList(bool modes, bool par, double expected)
    {
        var service = Minimal() with
        {
            ModesMobilisation = modes ? ["telephoner"] : [],
            MobilisablePar = par ? ["professionnels"] : null,
        };
        Assert.Equal(expected, Criterion(service, ServiceQuality.ModesMobilisationBienDefinis));
    }

    [Fact]
    public void AuMoinsUnPublicEtUneThematique_EmptyListScoresLikeMissing()
    {
        Assert.Equal(0, Criterion(Minimal(), ServiceQuality.AuMoinsUnPublic));
        Assert.Equal(0, Criterion(Minimal() with { Publics = [] }, ServiceQuality.AuMoinsUnPublic));
        Assert.Equal(1, Criterion(Minimal() with { Publics = ["tous-publics"] }, ServiceQuality.AuMoinsUnPublic));
        Assert.Equal(0, Criterion(Minimal() with { Thematiques = [] }, ServiceQuality.AuMoinsUneThematique));
        Assert.Equal(1, Criterion(Minimal() with { Thematiques = ["mobilite--acceder-a-un-vehicule"] }, ServiceQuality.AuMoinsUneThematique));
    }

    [Fact]
    public void AuMoinsUnMoyenDeContact_AnyOfCourrielLienOrTelephone()
    {
        Assert.Equal(0, Criterion(Minimal() with { Courriel = "" }, ServiceQuality.AuMoinsUnMoyenDeContact));
        Assert.Equal(1, Criterion(Minimal() with { Courriel = "a@b.fr" }, ServiceQuality.AuMoinsUnMoyenDeContact));
        Assert.Equal(1, Criterion(Minimal() with { LienMobilisation = "https://x.fr" }, ServiceQuality.AuMoinsUnMoyenDeContact));
        Assert.Equal(1, Criterion(Minimal() with { Telephone = "+33123456789" }, ServiceQuality.AuMoinsUnMoyenDeContact));
    }

    [Fact]
    public void CourrielEtTelephoneBienDefinis_ApplyOnlyToTheirModeDeMobilisation()
    {
        Assert.Null(Criterion(Minimal() with { Courriel = "a@b.fr" }, ServiceQuality.CourrielBienDefini));
        Assert.Equal(0, Criterion(Minimal() with { ModesMobilisation = ["envoyer-un-courriel"] }, ServiceQuality.CourrielBienDefini));
        Assert.Equal(1, Criterion(Minimal() with { ModesMobilisation = ["envoyer-un-courriel"], Courriel = "a@b.fr" }, ServiceQuality.CourrielBienDefini));
        Assert.Null(Criterion(Minimal() with { Telephone = "+33123456789" }, ServiceQuality.TelephoneBienDefini));
        Assert.Equal(0, Criterion(Minimal() with { ModesMobilisation = ["telephoner"] }, ServiceQuality.TelephoneBienDefini));
        Assert.Equal(1, Criterion(Minimal() with { ModesMobilisation = ["telephoner"], Telephone = "+33123456789" }, ServiceQuality.TelephoneBienDefini));
    }

    [Theory]
    [InlineData("2027-01-01", 1)] // in the future: fresh
    [InlineData("2026-12-06", 1)] // today
    [InlineData("2026-06-07", 1)] // just under six months
    [InlineData("2026-06-06", 1)] // exactly six months: the linear part starts at 1
    [InlineData("2026-06-05", 1)] // one day past: 546/547 rounds to 1.00
    [InlineData("2025-09-06", 0.5)] // 274 of the 547 days between 2024-12-06 and 2026-06-06 → 0.50
    [InlineData("2024-12-07", 0)] // one day before two years: 1/547 rounds to 0.00
    [InlineData("2024-12-06", 0)] // exactly two years
    [InlineData("2010-01-01", 0)]
    public void DateMajRecente_OneUnderSixMonthsLinearToZeroAtTwoYears(string dateMaj, double expected)
    {
        var service = Minimal() with { DateMaj = DateOnly.Parse(dateMaj, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(expected, Criterion(service, ServiceQuality.DateMajRecente));
    }

    [Fact]
    public void DateMajRecente_LinearInDays()
    {
        // 2025-06-06 is 182 days after 2024-12-06, over 547 days: 0.33.
        Assert.Equal(0.33, Criterion(Minimal() with { DateMaj = new DateOnly(2025, 6, 6) }, ServiceQuality.DateMajRecente));
    }

    [Theory]
    [InlineData("agefiph")]
    [InlineData("france-travail")]
    public void DateMajRecente_DoesNotApplyToSourcesWithoutAMeaningfulDate(string source) =>
        Assert.Null(Criterion(Minimal(source) with { DateMaj = new DateOnly(2010, 1, 1) }, ServiceQuality.DateMajRecente));

    [Theory]
    [InlineData(null, null, 0)]
    [InlineData("payant", null, 0.5)]
    [InlineData("payant", " ", 0.5)]
    [InlineData("payant", "5 € par séance", 1)]
    [InlineData("gratuit", null, 1)]
    [InlineData("gratuit-sous-conditions", null, 0)]
    public void FraisBienDefinis(string? frais, string? precisions, double expected) =>
        Assert.Equal(expected, Criterion(Minimal() with { Frais = frais, FraisPrecisions = precisions }, ServiceQuality.FraisBienDefinis));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(49, 0)]
    [InlineData(50, 0.5)]
    [InlineData(199, 0.5)]
    [InlineData(200, 1)]
    [InlineData(1999, 1)]
    [InlineData(2000, 0.5)]
    [InlineData(10000, 0.5)]
    public void DescriptionBienDefinie_AtEachLengthBoundary(int length, double expected) =>
        Assert.Equal(expected, Criterion(Minimal() with { Description = new string('a', length) }, ServiceQuality.DescriptionBienDefinie));

    [Fact]
    public void DescriptionBienDefinie_CountsCodePointsNotUtf16Units()
    {
        // 49 emoji are 98 UTF-16 units but 49 characters for the reference's Python len().
        Assert.Equal(0, Criterion(Minimal() with { Description = string.Concat(Enumerable.Repeat("😀", 49)) }, ServiceQuality.DescriptionBienDefinie));
    }
}
