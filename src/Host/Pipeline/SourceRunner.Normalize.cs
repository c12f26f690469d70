using System.Text.Json;
using System.Threading.Channels;
using DataInclusion.Host.Geocoding;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Normalisation in bounded memory: documents → mapped batches → <see cref="IRecordBatchStep"/>s → enrichment and
/// validation → the normalised layer's COPY, batch by batch. Mapping and validation run on one thread while the
/// previous batch is written on another (the two cores), with at most two batches waiting in between.
/// </summary>
internal sealed partial class SourceRunner
{
    private const int BatchesInFlight = 2;

    /// <summary>Maps, validates and stores the normalised layer; refuses a run with nothing valid to publish.</summary>
    private async Task<RunOutcome> NormalizeAsync(Guid runId, SourceDefinition source, IReadOnlyList<RawDocument> documents, CancellationToken cancellationToken)
    {
        var validation = new RunValidation(validator, s_enricher,
            (exception, resourceType, recordId) => logger.RecordFailed(exception, source.Slug, runId, resourceType, recordId),
            DateOnly.FromDateTime(services.Time.GetUtcNow().UtcDateTime));
        var geocodingStats = new GeocodingStats();
        await LayerStore.WithCopyTimeoutAsync(_pipeline, async () =>
        {
            await using var writer = await layers.OpenNormalizedAsync(runId, source.Slug, cancellationToken);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var channel = Channel.CreateBounded<ValidatedBatch>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
            var producer = Task.Run(() => ProduceAsync(runId, source, documents, validation, geocodingStats, channel.Writer, stop.Token), stop.Token);
            try
            {
                await foreach (var batch in channel.Reader.ReadAllAsync(stop.Token))
                {
                    await writer.WriteAsync(batch, stop.Token);
                }
            }
            catch
            {
                // The writer failed: stop the producer (it may be waiting for room in the channel), then report the writer's error.
                await stop.CancelAsync();
                await Task.WhenAny(producer);
                throw;
            }

            await producer;
            await writer.CommitAsync(cancellationToken);
        });

        await SaveGeocodingAsync(runId, source.Slug, geocodingStats, cancellationToken);
        logger.RunNormalized(source.Slug, runId, validation.Structures, validation.Services, validation.EnrichedFields, validation.IssueCount);
        var sample = validation.ErrorSample;
        var outcome = new RunOutcome(
            new RunCounts(validation.Fetched, validation.Valid, validation.Invalid, 0),
            sample.Count == 0 ? null : JsonSerializer.Serialize(sample));
        if (validation.Valid == 0)
        {
            // An empty or entirely invalid delivery is far more likely a broken producer than a real emptying of its offer.
            throw new RunRejectedException(validation.Fetched == 0
                ? "the source returned no record; the last published data is kept"
                : $"none of the {validation.Fetched} records is valid; the last published data is kept", outcome);
        }

        var lastPublished = await runs.LastPublishedAsync(source.Slug, cancellationToken);
        if (InvalidShareGate.Check(outcome.Counts, lastPublished, _pipeline.MaxInvalidShare) is { } reason)
        {
            throw new RunRejectedException(reason, outcome);
        }

        return outcome;
    }

    /// <summary>Maps the documents batch by batch, passes each batch through the steps, validates and geocodes it and hands it to the writer.</summary>
    private async Task ProduceAsync(
        Guid runId, SourceDefinition source, IReadOnlyList<RawDocument> documents, RunValidation validation, GeocodingStats geocodingStats,
        ChannelWriter<ValidatedBatch> output, CancellationToken cancellationToken)
    {
        var buffer = geocoding is null ? null : new GeocodingBuffer(geocoding, source.Slug, runId, geocodingStats);
        try
        {
            foreach (var mapped in MappedBatches(runId, source, documents))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = mapped;
                foreach (var step in _batchSteps)
                {
                    batch = await step.ProcessAsync(source.Slug, batch, cancellationToken);
                }

                foreach (var ready in await GeocodeAsync(buffer, validation.Check(batch), cancellationToken))
                {
                    await output.WriteAsync(ready, cancellationToken);
                }
            }

            foreach (var ready in await GeocodeAsync(buffer, null, cancellationToken))
            {
                await output.WriteAsync(ready, cancellationToken);
            }
        }
        finally
        {
            output.Complete();
        }
    }

    /// <summary>
    /// A streaming mapper's own batches; any other mapper maps the whole run at once (its documents are API pages, held
    /// in memory as before) behind <see cref="GuardedMapping"/>, and its result is cut into batches.
    /// </summary>
    private IEnumerable<MappingResult> MappedBatches(Guid runId, SourceDefinition source, IReadOnlyList<RawDocument> documents)
    {
        var mapper = source.CreateMapper(services);
        if (mapper is IStreamingSourceMapper streaming)
        {
            return streaming.MapBatches(documents, _pipeline.BatchSize);
        }

        var mapping = GuardedMapping.Map(mapper, documents.Select(d => d.Buffered()).ToList(),
            (exception, document) => logger.DocumentFailed(exception, source.Slug, runId, document));
        return Split(mapping, _pipeline.BatchSize);
    }

    /// <summary>A whole mapping as batches: structures first, then services; the mapping's issues travel with the first batch.</summary>
    private static IEnumerable<MappingResult> Split(MappingResult mapping, int batchSize)
    {
        var issues = mapping.Issues;
        foreach (var structures in mapping.Structures.Chunk(batchSize))
        {
            yield return new MappingResult(structures, [], issues);
            issues = [];
        }

        foreach (var services in mapping.Services.Chunk(batchSize))
        {
            yield return new MappingResult([], services, issues);
            issues = [];
        }

        if (issues.Count > 0)
        {
            yield return new MappingResult([], [], issues);
        }
    }
}
