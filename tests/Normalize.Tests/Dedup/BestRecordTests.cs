using DataInclusion.Normalize.Dedup;

namespace DataInclusion.Normalize.Tests.Dedup;

public sealed class BestRecordTests
{
    private static readonly Structure s_sparse = new() { Source = "dora", Id = "dora--1", Nom = "L'Escale", DateMaj = new DateOnly(2025, 6, 1) };
    private static readonly Structure s_full = PairScorerTestsData.Relais with { Source = "soliguide", Id = "soliguide--1", DateMaj = new DateOnly(2024, 1, 1) };

    [Fact]
    public void HighestQuality_WinsOverARecentDate()
    {
        Assert.Same(s_full, BestRecord.Select([s_sparse, s_full]));
    }

    [Fact]
    public void EqualQuality_MostRecentDateWins_ThenTheSourceOrder()
    {
        var older = s_sparse with { Source = "dora", Id = "dora--old", DateMaj = new DateOnly(2024, 1, 1) };
        var soliguide = s_sparse with { Source = "soliguide", Id = "soliguide--2" };

        Assert.Same(s_sparse, BestRecord.Select([older, s_sparse]));
        Assert.Same(s_sparse, BestRecord.Select([soliguide, s_sparse]));
        Assert.Same(soliguide, BestRecord.Select([soliguide, s_sparse], sourceOrder: ["soliguide", "dora"]));
    }

    [Fact]
    public void AGivenQualityScore_ReplacesCompleteness()
    {
        Assert.Same(s_sparse, BestRecord.Select([s_full, s_sparse], quality: s => s.Source == "dora" ? 0.9 : 0.1));
    }

    [Fact]
    public void Completeness_CountsTheFilledFields()
    {
        Assert.Equal(0, BestRecord.Completeness(s_sparse));
        Assert.Equal(0.5, BestRecord.Completeness(s_full), 3); // siret, adresse, code_insee, telephone, coordinates
    }
}
