using System.Diagnostics;
using System.Text.Json;
using DataInclusion.Host.Enrichment;
using DataInclusion.Host.Geocoding;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Enrichment;
using DataInclusion.Sources;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Runs one source end to end: fetch → raw → normalised (validated) → marts. Anything that goes wrong before publication
/// marks the run failed and leaves the source's last published rows untouched. The run's success is recorded in the
/// publication's transaction, so its status never contradicts the marts; pruning comes after and cannot undo it.
/// </summary>
internal sealed partial class SourceRunner(
    NpgsqlDataSource dataSource, RunStore runs, LayerStore layers, SourceServices services, RecordValidator validator,
    RetentionOptions retention, ILogger<SourceRunner> logger, PipelineOptions? pipeline = null, StructureClustering? clustering = null,
    IReadOnlyList<IRecordBatchStep>? batchSteps = null, GeocodingStep? geocoding = null, EstablishmentFlagsStep? establishments = null,
    DebouncedClustering? debouncedClustering = null, MartsChangedSignal? martsChanged = null)
{
    private readonly PipelineOptions _pipeline = pipeline ?? new PipelineOptions();
    private readonly IReadOnlyList<IRecordBatchStep> _batchSteps = batchSteps ?? [];
    private readonly StructureClustering _clustering = clustering ?? new StructureClustering(dataSource);
    private readonly MartStatistics _statistics = new(dataSource);

    /// <summary>The message of a run refused because the source's lock is held elsewhere.</summary>
    public const string AlreadyRunningMessage = "already running in another process";

    // Stateless once loaded (the commune table is read on first use): one for every run.
    private static readonly Enricher s_enricher = new();

    /// <summary>Fetches the source and publishes what it sent.</summary>
    public Task<SourceRunResult> RunAsync(SourceDefinition source, string trigger, CancellationToken cancellationToken)
    {
        var missing = source.MissingVariables(services.Environment);
        if (missing.Count > 0)
        {
            logger.SourceSkipped(source.Slug, string.Join(", ", missing));
            return Task.FromResult(Skipped(source, $"skipped: set {string.Join(" and ", missing)} to enable it"));
        }

        return ExecuteAsync(source, trigger, async (runId, ct) =>
        {
            var payloads = await source.CreateConnector(services).FetchAsync(ct);
            await layers.SaveRawAsync(runId, source.Slug, payloads, ct);
            logger.RawStored(source.Slug, runId, payloads.Count, payloads.Sum(p => p.Length));
            // A payload the connector left in a file is mapped from there, streamed; the others are already in memory.
            return payloads.Select(p => p.ContentPath is null
                ? new RawDocument(p.Stream, p.Url.ToString(), p.Content, p.MediaType)
                : RawDocument.Streamed(p.Stream, p.Url.ToString(), p.MediaType, p.OpenRead)).ToList();
        }, cancellationToken);
    }

    /// <summary>
    /// Takes the source's lock, runs <paramref name="acquirePayloads"/> then normalisation and publication under a new run,
    /// and records how it ended.
    /// </summary>
    private async Task<SourceRunResult> ExecuteAsync(
        SourceDefinition source, string trigger, Func<Guid, CancellationToken, Task<List<RawDocument>>> acquirePayloads,
        CancellationToken cancellationToken)
    {
        await using var sourceLock = await SourceLock.TryAcquireAsync(dataSource, source.Slug, cancellationToken);
        if (sourceLock is null)
        {
            logger.SourceBusy(source.Slug);
            return Skipped(source, AlreadyRunningMessage);
        }

        if (await runs.CloseInterruptedAsync(source.Slug, cancellationToken) is > 0 and var closed)
        {
            logger.InterruptedRunsClosed(source.Slug, closed);
        }

        var stopwatch = Stopwatch.StartNew();
        var runId = await runs.StartAsync(source.Slug, trigger, cancellationToken);
        logger.RunStarted(source.Slug, runId, trigger);
        var outcome = new RunOutcome(RunCounts.None, null);
        try
        {
            var payloads = await acquirePayloads(runId, cancellationToken);
            outcome = await NormalizeAsync(runId, source, payloads, cancellationToken);
            if (establishments is not null)
            {
                // Off unless RECHERCHE_ENTREPRISES_URL is set; never fails the run (see EstablishmentFlagsStep).
                await establishments.ApplyAsync(runId, source.Slug, cancellationToken);
            }

            var normalized = outcome;
            var published = await layers.PublishAsync(runId, source.Slug, (connection, rows, ct) =>
                runs.SucceedAsync(connection, runId, normalized.Counts with { Published = rows }, normalized.InvalidSample, ct), cancellationToken);
            outcome = outcome with { Counts = outcome.Counts with { Published = published } };
            // Committed: this process's response cache is emptied now, not when the NOTIFY comes back.
            martsChanged?.Raise();
            logger.RunPublished(source.Slug, runId, published);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var message = ex is OperationCanceledException ? "cancelled" : ex.Message;
            if (ex is RunRejectedException rejected)
            {
                outcome = rejected.Outcome;
            }

            var counts = outcome.Counts with { Published = 0 };
            await runs.FailAsync(runId, counts, outcome.InvalidSample, message, CancellationToken.None);
            martsChanged?.Raise();
            // A producer's fault or a rejected delivery is an expected outcome: its message says it all. Anything else is
            // a bug or an infrastructure fault, logged with its stack trace.
            var expected = ex is SourceFetchException or RunRejectedException or OperationCanceledException or TimeoutException;
            logger.RunFailed(expected ? null : ex, source.Slug, runId, message);
            return new SourceRunResult(source.Slug, runId, SourceRunStatus.Failed, counts, stopwatch.Elapsed, message);
        }

        // The API's next plans need the marts' new statistics; the clustering reads none, so both go on at once.
        var statistics = RefreshStatisticsAsync(source.Slug, runId, cancellationToken);

        // The run is published and recorded: housekeeping that fails is retried at the next run, the outcome stands.
        try
        {
            await layers.PruneAsync(source.Slug, retention.RawRuns, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.PruneFailed(ex, source.Slug, runId);
        }

        await ClusterAsync(source.Slug, runId, cancellationToken);
        await statistics;
        // The clustering rewrote the marts' best records: answers cached since the publication are emptied too.
        martsChanged?.Raise();

        var succeeded = outcome.Counts;
        logger.RunSucceeded(source.Slug, runId, succeeded.Fetched, succeeded.Valid, succeeded.Invalid, succeeded.Published, stopwatch.Elapsed.TotalSeconds);
        return new SourceRunResult(source.Slug, runId, SourceRunStatus.Succeeded, succeeded, stopwatch.Elapsed, null);
    }

    /// <summary>
    /// Reclusters every source's structures, or asks the debounced job to (under a Hangfire server); a failure is
    /// logged and recorded, the run stays published.
    /// </summary>
    private async Task ClusterAsync(string source, Guid runId, CancellationToken cancellationToken)
    {
        if (!_pipeline.ClusterAfterPublication)
        {
            return;
        }

        try
        {
            if (debouncedClustering is not null)
            {
                // serve/up: one Hangfire job for publications that come close together (Pipeline__ClusterDebounce).
                await debouncedClustering.RequestAsync(cancellationToken);
                return;
            }

            var clustered = await _clustering.RefreshAsync(runId, cancellationToken);
            if (clustered.Unchanged)
            {
                logger.StructuresClusteringUnchanged(source, runId, clustered.Structures, clustered.Clusters, clustered.CrossSourceClusters);
            }
            else
            {
                logger.StructuresClustered(source, runId, clustered.Structures, clustered.Clusters, clustered.CrossSourceClusters);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.ClusteringFailed(ex, source, runId);
        }
    }

    /// <summary>Analyzes the marts the publication changed a lot (<see cref="MartStatistics"/>); a failure is logged, autovacuum catches up.</summary>
    private async Task RefreshStatisticsAsync(string source, Guid runId, CancellationToken cancellationToken)
    {
        try
        {
            var analyzed = await _statistics.RefreshAsync(cancellationToken);
            logger.MartsAnalyzed(source, runId, MartStatistics.Describe(analyzed));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.MartsAnalysisFailed(ex, source, runId);
        }
    }

    private static SourceRunResult Skipped(SourceDefinition source, string message) =>
        new(source.Slug, null, SourceRunStatus.Skipped, RunCounts.None, TimeSpan.Zero, message);
}
