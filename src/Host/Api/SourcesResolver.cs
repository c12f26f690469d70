using System.Globalization;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Api;

/// <summary>
/// The <c>sources</c> field: the built-in sources and the producer accounts, each with its latest run. A restricted
/// source is listed only to a caller who may read it (with <c>restricted: true</c>): to the others it does not exist,
/// as its rows do not, so a portal never offers a filter value that always answers nothing.
/// </summary>
internal sealed class SourcesResolver(RunStore runs, SourceCatalog catalog)
{
    public async ValueTask<object?> ResolveAsync(SourceVisibility visibility, CancellationToken cancellationToken)
    {
        var latest = (await runs.LatestAsync(1, cancellationToken)).ToDictionary(r => r.Source);
        return (await catalog.AllAsync(cancellationToken)).Where(source => visibility.CanSee(source.Slug)).Select(source => new Dictionary<string, object?>
        {
            ["slug"] = source.Slug,
            ["description"] = source.Description,
            ["inOpenData"] = source.InDumps,
            ["restricted"] = source.IsRestricted,
            ["lastRun"] = latest.TryGetValue(source.Slug, out var run) ? Run(run) : null,
        }).ToList();
    }

    private static Dictionary<string, object?> Run(RunRecord run) => new()
    {
        ["startedAt"] = run.StartedAt.ToString("O", CultureInfo.InvariantCulture),
        ["endedAt"] = run.EndedAt?.ToString("O", CultureInfo.InvariantCulture),
        ["status"] = run.Status,
        ["fetched"] = run.Counts.Fetched,
        ["valid"] = run.Counts.Valid,
        ["invalid"] = run.Counts.Invalid,
        ["published"] = run.Counts.Published,
        ["error"] = run.Error,
    };
}
