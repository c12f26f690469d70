using DataInclusion.Host.Geocoding;
using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Pipeline;

internal sealed partial class SourceRunner
{
    /// <summary>
    /// The geocoding step (issue 9 §1), the one place between normalisation and the normalised layer: without
    /// <c>GEOCODER_URL</c> the records pass through untouched and lazily. With it, today's whole-run pipeline is cut into
    /// batches of <c>Geocoder__BatchSize</c> records, structures (all of them, so that services can be checked against
    /// them) then services; a batched pipeline calls <see cref="GeocodingStep.ApplyAsync"/> on each of its batches instead.
    /// </summary>
    private async Task<(IEnumerable<NormalizedRecord> Structures, IEnumerable<NormalizedRecord> Services)> GeocodeAsync(
        Guid runId, string source, IEnumerable<NormalizedRecord> structureRecords, IEnumerable<NormalizedRecord> serviceRecords, CancellationToken cancellationToken)
    {
        if (geocoding is null)
        {
            return (structureRecords, serviceRecords);
        }

        var stats = new GeocodingStats();
        var geocodedStructures = await geocoding.ApplyAllAsync(source, runId, structureRecords, stats, cancellationToken);
        var geocodedServices = await geocoding.ApplyAllAsync(source, runId, serviceRecords, stats, cancellationToken);
        await new GeocodingRunStore(dataSource).SaveAsync(runId, source, services.Time.GetUtcNow(), stats, cancellationToken);
        logger.Geocoded(source, runId, stats.Records, stats.Queries, stats.FromCache, stats.Sent, stats.Accepted, stats.Failed);
        return (geocodedStructures, geocodedServices);
    }
}
