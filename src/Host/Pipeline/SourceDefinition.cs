using DataInclusion.Normalize;
using DataInclusion.Sources;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Everything the pipeline knows of one producer: a built-in one is an entry of <see cref="SourceRegistry"/>, a producer
/// account's is built from the database (<see cref="SourceCatalog"/>).
/// </summary>
/// <param name="Slug">data·inclusion's slug of the source, the prefix of its ids.</param>
/// <param name="Description">What the source brings, for the README, <c>status</c> and the admin page.</param>
/// <param name="Schedule">Cron expression (6 fields, seconds first; Quartz-style <c>?</c> allowed), in Europe/Paris time.</param>
/// <param name="InOpenData">False for producers whose licence keeps their data out of the open-data dumps.</param>
/// <param name="RequiredVariables">Environment variables without which the source is skipped.</param>
/// <param name="CreateConnector">Builds the connector from the environment.</param>
/// <param name="CreateMapper">Builds the mapper from raw payloads to schema v1.</param>
/// <param name="IsPulled">False for a producer that only pushes files: no recurring job, not part of a plain <c>run</c>.</param>
/// <param name="IsRestricted">
/// True when the producer's agreement keeps its rows to the API tokens granted it (Soliguide, as data·inclusion gates
/// it; a producer account an operator restricted, <c>producers restrict</c>): distinct from <paramref name="InOpenData"/>, which only says whether the licence lets the rows into the dumps.
/// A restricted source is never in the dumps, whatever that flag says (<see cref="Api.SourceVisibility"/>).
/// </param>
internal sealed record SourceDefinition(
    string Slug,
    string Description,
    string Schedule,
    bool InOpenData,
    IReadOnlyList<string> RequiredVariables,
    Func<SourceServices, ISourceConnector> CreateConnector,
    Func<SourceServices, ISourceMapper> CreateMapper,
    bool IsPulled = true,
    bool IsRestricted = false)
{
    /// <summary>The required variables that are not set: the source cannot run until they are.</summary>
    public IReadOnlyList<string> MissingVariables(Func<string, string?> environment) =>
        RequiredVariables.Where(v => string.IsNullOrWhiteSpace(environment(v))).ToList();

    /// <summary>Whether its rows go into the open-data dumps: the licence allows it and no token gates them.</summary>
    public bool InDumps => InOpenData && !IsRestricted;
}
