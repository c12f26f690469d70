using DataInclusion.Host.Geocoding;

namespace DataInclusion.Host.Pipeline;

internal sealed partial class SourceRunner
{
    /// <summary>
    /// The geocoding step (issue 9 §1) over one validated batch, between validation and the normalised layer's COPY:
    /// without <c>GEOCODER_URL</c> the batch passes untouched. The geocoder's batches are the pipeline's
    /// (<c>Pipeline__BatchSize</c>), so memory stays bounded; answers already cached are not asked again.
    /// </summary>
    private async Task<ValidatedBatch> GeocodeAsync(Guid runId, string source, ValidatedBatch batch, GeocodingStats stats, CancellationToken cancellationToken)
    {
        if (geocoding is null)
        {
            return batch;
        }

        var structures = await geocoding.ApplyAsync(source, runId, batch.Structures, stats, cancellationToken);
        var serviceRecords = await geocoding.ApplyAsync(source, runId, batch.Services, stats, cancellationToken);
        return batch with { Structures = structures, Services = serviceRecords };
    }

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
