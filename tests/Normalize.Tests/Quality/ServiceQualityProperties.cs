using DataInclusion.Normalize.Quality;
using FsCheck.Xunit;

namespace DataInclusion.Normalize.Tests.Quality;

/// <summary>Issue 9 §3: the scorer is total (any service, nulls and junk included) and stays in [0, 1] with two decimals.</summary>
public sealed class ServiceQualityProperties
{
    private static readonly string[] s_modes = ["en-presentiel", "a-distance", "se-presenter", "telephoner", "envoyer-un-courriel", "", "x"];

    [Property(MaxTest = 500)]
    public bool ScoreIsTotalAndBetweenZeroAndOne(
        string? source, string? description, string? frais, string? text, int modeMask, int listMask, int days, DateOnly today)
    {
        string[] Modes(int shift) => [.. s_modes.Where((_, i) => ((modeMask >> (i + shift)) & 1) == 1)];
        IReadOnlyList<string>? List(int bit, string[] values) => ((listMask >> bit) & 1) == 1 ? values : null;
        var service = new Service
        {
            Source = source!,
            StructureId = "s",
            Id = "i",
            Nom = "n",
            Description = description!,
            DateMaj = DateOnly.FromDayNumber(Math.Clamp(today.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)),
            Frais = frais,
            FraisPrecisions = text,
            Adresse = text,
            Courriel = ((listMask >> 6) & 1) == 1 ? text : null,
            Telephone = ((listMask >> 7) & 1) == 1 ? text : null,
            ModesAccueil = List(0, Modes(0)),
            ModesMobilisation = List(1, Modes(7)),
            MobilisablePar = List(2, Modes(14)),
            Publics = List(3, Modes(21)),
            Thematiques = List(4, Modes(3)),
        };

        var score = ServiceQuality.Score(service, today);
        return score.Score is >= 0 and <= 1
            && score.Score == Math.Round(score.Score, 2)
            && score.Criteres.Count is >= 6 and <= 10
            && score.Criteres.All(c => c.Score is >= 0 and <= 1);
    }

    [Property]
    public bool StructureMeanStaysInRange(double[] raw)
    {
        var scores = raw.Where(double.IsFinite).Select(s => ServiceQuality.Round(Math.Abs(s) % 1)).ToList();
        return StructureQuality.Mean(scores) is not { } mean || mean is >= 0 and <= 1;
    }
}
