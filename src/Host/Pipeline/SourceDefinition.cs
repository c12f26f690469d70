using DataInclusion.Normalize;
using DataInclusion.Sources;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Everything the pipeline knows of one producer: adding a producer is adding one of these (see <see cref="SourceRegistry"/>)
/// and a mapper.
/// </summary>
/// <param name="Slug">data·inclusion's slug of the source, the prefix of its ids.</param>
/// <param name="Description">What the source brings, for the README, <c>status</c> and the admin page.</param>
/// <param name="Schedule">Cron expression (6 fields, seconds first; Quartz-style <c>?</c> allowed), in Europe/Paris time.</param>
/// <param name="InOpenData">False for producers whose licence keeps their data out of the open-data dumps.</param>
/// <param name="RequiredVariables">Environment variables without which the source is skipped.</param>
/// <param name="CreateConnector">Builds the connector from the environment.</param>
/// <param name="CreateMapper">Builds the mapper from raw payloads to schema v1.</param>
internal sealed record SourceDefinition(
    string Slug,
    string Description,
    string Schedule,
    bool InOpenData,
    IReadOnlyList<string> RequiredVariables,
    Func<SourceServices, ISourceConnector> CreateConnector,
    Func<SourceServices, ISourceMapper> CreateMapper)
{
    /// <summary>The required variables that are not set: the source cannot run until they are.</summary>
    public IReadOnlyList<string> MissingVariables(Func<string, string?> environment) =>
        RequiredVariables.Where(v => string.IsNullOrWhiteSpace(environment(v))).ToList();
}
