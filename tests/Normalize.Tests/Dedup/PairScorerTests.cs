using DataInclusion.Normalize.Dedup;

namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>The hard gates and the evidence of <see cref="PairScorer"/>, one case each.</summary>
public sealed class PairScorerTests
{
    private static readonly Structure s_base = PairScorerTestsData.Relais;

    private static double Score(Structure a, Structure b) => PairScorer.Score(DedupRecord.From(0, a), DedupRecord.From(1, b));

    [Fact]
    public void SamePlaceWrittenTwice_ScoresAboveTheThreshold_EvenWithoutSiretOnOneSide()
    {
        var other = s_base with { Id = "soliguide--1", Siret = null, Adresse = "45 bd de Strasbourg", Telephone = "+33 5 61 00 00 01", Latitude = 43.6092 };

        Assert.True(Score(s_base, other) >= PairScorer.Threshold);
    }

    [Fact]
    public void SameHeadOfficeSiret_InAnotherCommune_IsANonMatch()
    {
        var antenna = s_base with { Id = "dora--2", CodeInsee = "31069", Commune = "Blagnac", Latitude = 43.6370, Longitude = 1.3900 };

        Assert.Equal(PairScorer.NonMatch, Score(s_base, antenna));
    }

    [Fact]
    public void HomonymCommunes_AreDifferentPlaces_EvenWithTheSameNameAndAddress()
    {
        var a = s_base with { CodeInsee = "93066", Commune = "Saint-Denis", Siret = null, Latitude = null, Longitude = null };
        var b = a with { Id = "dora--2", CodeInsee = "97411" };

        Assert.Equal(PairScorer.NonMatch, Score(a, b));
    }

    [Fact]
    public void GuestAtAFranceServices_SharingAddressAndPhone_IsANonMatch()
    {
        var host = s_base with { Nom = "France services Toulouse", Siret = null };
        var guest = host with { Id = "soliguide--9", Nom = "CCAS de Toulouse" };

        Assert.Equal(PairScorer.NonMatch, Score(host, guest));
    }

    [Fact]
    public void SameSirenDifferentSiret_IsPenalised()
    {
        var sibling = s_base with { Id = "dora--2", Siret = "48300258100039" };
        var same = s_base with { Id = "dora--3" };

        Assert.True(Score(s_base, same) - Score(s_base, sibling) >= PairScorer.SameSiretWeight - PairScorer.SameSirenOtherSiretPenalty - 1e-9);
    }

    [Fact]
    public void DifferentSirens_AreANonMatch()
    {
        Assert.Equal(PairScorer.NonMatch, Score(s_base, s_base with { Id = "dora--2", Siret = "50987654300018" }));
    }

    [Fact]
    public void TwoAntennasOfOneNetwork_InOneCommune_StayBelowTheThreshold()
    {
        var first = s_base with { Nom = "Mission locale", Siret = "77929080200017" };
        var second = first with { Id = "dora--2", Adresse = "30 avenue de Muret", Telephone = "05 61 00 00 02", Latitude = 43.5900, Longitude = 1.4280 };
        var named = first with { Id = "dora--3", Nom = "Mission locale Toulouse Nord", Adresse = "2 rue Arnaud Bernard", Telephone = null, Latitude = 43.6105, Longitude = 1.4460 };

        Assert.True(Score(first, second) < PairScorer.Threshold);
        Assert.True(Score(first, named) < PairScorer.Threshold);
    }

    [Fact]
    public void NamesThatEachCarryTheirOwnWord_AtOneAddress_StayBelowTheThreshold()
    {
        var velo = s_base with { Nom = "Atelier Vélo Solidaire", Siret = null };
        var numerique = velo with { Id = "soliguide--2", Nom = "Atelier Numérique Solidaire", Telephone = "05 61 99 99 99" };
        var longer = velo with { Id = "soliguide--3", Nom = "Atelier Vélo Solidaire Toulouse Centre", Telephone = "05 61 99 99 99" };

        Assert.True(Score(velo, numerique) < PairScorer.Threshold);
        Assert.True(Score(velo, longer) > Score(velo, numerique));
    }

    [Fact]
    public void AnUnresolvedCommune_IsComparedByDistance()
    {
        var unresolved = s_base with { Id = "soliguide--4", CodeInsee = null, CodePostal = "31000", Commune = "Toulouse Centre-ville", Latitude = 43.6091 };
        var farAway = unresolved with { Latitude = 43.70 };

        Assert.True(Score(s_base, unresolved) >= PairScorer.Threshold);
        Assert.Equal(PairScorer.NonMatch, Score(s_base, farAway));
    }
}
