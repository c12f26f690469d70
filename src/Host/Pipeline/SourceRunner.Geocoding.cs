using DataInclusion.Host.Geocoding;

namespace DataInclusion.Host.Pipeline;

internal sealed partial class SourceRunner
{
    /// <summary>
    /// The geocoding step (issue 9 §1) between validation and the normalised layer's COPY, in requests of up to
    /// <c>Geocoder__BatchSize</c> addresses: validated batches wait in <paramref name="buffer"/> until that many records
    /// do (<see cref="GeocodingBuffer"/>); answers already cached are not asked again. Without <c>GEOCODER_URL</c>
    /// (no buffer) a batch passes untouched, at once. A null <paramref name="batch"/> flushes what waits (end of run).
    /// </summary>
    private static async Task<IReadOnlyList<ValidatedBatch>> GeocodeAsync(GeocodingBuffer? buffer, ValidatedBatch? batch, CancellationToken cancellationToken) =>
        (buffer, batch) switch
        {
            (null, null) => [],
            (null, { } alone) => [alone],
            (_, null) => await buffer.FlushAsync(cancellationToken),
            _ => await buffer.AddAsync(batch, cancellationToken),
        };

    /// <summary>Records the run's geocoding counts once its batches are all through.</summary>
    private async Task SaveGeocodingAsync(Guid runId, string source, GeocodingStats stats, CancellationToken cancellationToken)
    {
        if (geocoding is null)
        {
            return;
        }

        await new GeocodingRunStore(dataSource).SaveAsync(runId, source, services.Time.GetUtcNow(), stats, cancellationToken);
        logger.Geocoded(source, runId, stats.Records, stats.Queries, stats.FromCache, stats.Sent, stats.Accepted, stats.Failed);
    }
}
