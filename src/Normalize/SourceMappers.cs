namespace DataInclusion.Normalize;

/// <summary>The mappers of every source with a bespoke raw format, by source slug (schema-v1 feeds use <see cref="V1FeedMapper"/>).</summary>
public static class SourceMappers
{
    /// <param name="timeProvider">For sources without an update date (France Travail agences: date_maj = today).</param>
    public static IReadOnlyDictionary<string, ISourceMapper> Create(TimeProvider timeProvider)
    {
        ISourceMapper[] mappers =
        [
            new EmploisMapper(),
            new DoraMapper(),
            new SoliguideMapper(),
            new MediationNumeriqueMapper(),
            new FranceTravailMapper(timeProvider),
            new AgefiphMapper(),
            new Cd35Mapper(),
            new ActionLogementMapper(),
        ];
        return mappers.ToDictionary(m => m.Source, StringComparer.Ordinal);
    }
}
