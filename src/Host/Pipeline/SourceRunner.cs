using System.Diagnostics;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;
using DataInclusion.Sources;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Runs one source end to end: fetch → raw → normalised (validated) → marts. Anything that goes wrong before publication
/// marks the run failed and leaves the source's last published rows untouched.
/// </summary>
internal sealed class SourceRunner(
    NpgsqlDataSource dataSource, RunStore runs, LayerStore layers, SourceServices services, RecordValidator validator, ILogger<SourceRunner> logger)
{
    public async Task<SourceRunResult> RunAsync(SourceDefinition source, string trigger, CancellationToken cancellationToken)
    {
        var missing = source.MissingVariables(services.Environment);
        if (missing.Count > 0)
        {
            var message = $"skipped: set {string.Join(" and ", missing)} to enable it";
            logger.SourceSkipped(source.Slug, string.Join(", ", missing));
            return new SourceRunResult(source.Slug, null, SourceRunStatus.Skipped, RunCounts.None, TimeSpan.Zero, message);
        }

        await using var sourceLock = await SourceLock.TryAcquireAsync(dataSource, source.Slug, cancellationToken);
        if (sourceLock is null)
        {
            logger.SourceBusy(source.Slug);
            return new SourceRunResult(source.Slug, null, SourceRunStatus.Skipped, RunCounts.None, TimeSpan.Zero, "already running in another process");
        }

        if (await runs.CloseInterruptedAsync(source.Slug, cancellationToken) is > 0 and var closed)
        {
            logger.InterruptedRunsClosed(source.Slug, closed);
        }

        var stopwatch = Stopwatch.StartNew();
        var runId = await runs.StartAsync(source.Slug, trigger, cancellationToken);
        logger.RunStarted(source.Slug, runId, trigger);
        var counts = RunCounts.None;
        try
        {
            var payloads = await source.CreateConnector(services).FetchAsync(cancellationToken);
            await layers.SaveRawAsync(runId, source.Slug, payloads.Select(ToStored).ToList(), cancellationToken);
            logger.RawStored(source.Slug, runId, payloads.Count, payloads.Sum(p => (long)p.Content.Length));

            counts = await NormalizeAsync(runId, source, payloads.Select(ToDocument).ToList(), cancellationToken);
            counts = counts with { Published = await layers.PublishAsync(runId, source.Slug, cancellationToken) };
            await runs.SucceedAsync(runId, counts, CancellationToken.None);
            logger.RunSucceeded(source.Slug, runId, counts.Fetched, counts.Valid, counts.Invalid, counts.Published, stopwatch.Elapsed.TotalSeconds);
            return new SourceRunResult(source.Slug, runId, SourceRunStatus.Succeeded, counts, stopwatch.Elapsed, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var message = ex is OperationCanceledException ? "cancelled" : ex.Message;
            if (ex is RunRejectedException rejected)
            {
                counts = rejected.Counts;
            }

            await runs.FailAsync(runId, counts with { Published = 0 }, message, CancellationToken.None);
            logger.RunFailed(ex, source.Slug, runId, message);
            return new SourceRunResult(source.Slug, runId, SourceRunStatus.Failed, counts with { Published = 0 }, stopwatch.Elapsed, message);
        }
    }

    /// <summary>Maps, validates and stores the normalised layer; refuses a run with nothing valid to publish.</summary>
    private async Task<RunCounts> NormalizeAsync(Guid runId, SourceDefinition source, IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        var mapping = source.CreateMapper().Map(documents);
        var validated = RunValidation.Validate(mapping, validator);
        await layers.SaveNormalizedAsync(runId, source.Slug, validated.Structures, validated.Services, validated.Issues, cancellationToken);
        var counts = new RunCounts(validated.Fetched, validated.Valid, validated.Invalid, 0);
        if (validated.Valid == 0)
        {
            // An empty or entirely invalid delivery is far more likely a broken producer than a real emptying of its offer.
            throw new RunRejectedException(validated.Fetched == 0
                ? "the source returned no record; the last published data is kept"
                : $"none of the {validated.Fetched} records is valid; the last published data is kept", counts);
        }

        return counts;
    }

    private static StoredPayload ToStored(RawPayload payload) =>
        new(payload.Stream, payload.Url.ToString(), payload.FetchedAt, payload.MediaType, payload.Content);

    private static RawDocument ToDocument(RawPayload payload) =>
        new(payload.Stream, payload.Url.ToString(), payload.Content, payload.MediaType);
}
