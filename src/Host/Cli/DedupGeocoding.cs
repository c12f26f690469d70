using System.Text.Json;
using DataInclusion.Host.Geocoding;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Enrichment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Host.Cli;

/// <summary>
/// The <c>dedup</c> command's geocoding (issue 9 §2 "Command"): with <c>GEOCODER_URL</c>, the structures go through the
/// pipeline's own <see cref="GeocodingStep"/> (same cleaning, acceptance and publication rules) before clustering, so
/// the clusterer compares the coordinates and commune codes the pipeline would publish. The cache lives in memory for
/// the one invocation (the command has no database). A failing geocoder never fails the command: the records keep the
/// producer's values and the caller prints <see cref="Outcome.Warning"/>.
/// </summary>
internal sealed class DedupGeocoding(GeocodingStep step, int batchSize)
{
    /// <summary>Appears in the step's log events; the command logs nothing itself, it prints the outcome.</summary>
    private const string SourceLabel = "dedup";

    private static readonly JsonSerializerOptions s_json = new();

    /// <summary>What geocoding did: the step's counts, and whether it stopped early because the geocoder answered nothing.</summary>
    public sealed record Outcome(GeocodingStats Stats, int Skipped)
    {
        public string Summary =>
            $"geocoding: {Stats.Records} records with an address, {Stats.Sent} addresses sent, {Stats.FromCache} answered from the cache, "
            + $"{Stats.Accepted} records take the geocoder's place.";

        /// <summary>The stderr warning when some addresses got no answer, else null.</summary>
        public string? Warning => Stats.Failed == 0 && Skipped == 0 ? null
            : $"warning: the geocoder failed ({Stats.Error}): {Stats.Failed} addresses got no answer"
              + (Skipped > 0 ? $" and {Skipped} records were not sent" : string.Empty)
              + "; those records keep the producer's address and coordinates.";
    }

    /// <summary>
    /// The step when <c>GEOCODER_URL</c> is set, else null; limits from <c>Geocoder__*</c> and batches of
    /// <c>Pipeline__BatchSize</c> records (the pipeline gathers its batches up to <c>Geocoder__BatchSize</c> before a
    /// request: the answers are the same, the command holds less).
    /// </summary>
    public static DedupGeocoding? FromEnvironment()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = new GeocoderOptions();
        configuration.GetSection(GeocoderOptions.SectionName).Bind(options);
        var pipeline = new PipelineOptions();
        configuration.GetSection(PipelineOptions.SectionName).Bind(pipeline);
        var step = GeocodingFactory.Create(
            Environment.GetEnvironmentVariable, options, new MemoryGeocodingCache(), TimeProvider.System, NullLoggerFactory.Instance);
        return step is null ? null : new DedupGeocoding(step, Math.Max(1, pipeline.BatchSize));
    }

    /// <summary>
    /// Replaces, in place, each structure by its geocoded self (enriched, as the pipeline publishes it). Every record
    /// is geocoded, not only those the pipeline would validate: the command clusters every input record, and a valid
    /// one gets exactly what the pipeline would publish. The step runs over batches of <c>Pipeline__BatchSize</c>
    /// records, so only one batch is held as JSON at a time. Once a request gets no answer at all (down, timeout, not
    /// its CSV), the rest is not sent: a geocoder that is down costs one timeout, not one per batch.
    /// </summary>
    public async Task<Outcome> ApplyAsync(List<Structure> structures, CancellationToken cancellationToken)
    {
        var enricher = new Enricher();
        var stats = new GeocodingStats();
        var runId = Guid.NewGuid();
        for (var start = 0; start < structures.Count; start += batchSize)
        {
            var count = Math.Min(batchSize, structures.Count - start);
            var batch = new NormalizedRecord[count];
            for (var i = 0; i < count; i++)
            {
                var mapped = structures[start + i];
                batch[i] = new NormalizedRecord(mapped.Id, null, IsValid: true, RunValidation.StructureJson(mapped, enricher.Enrich(mapped).Value));
            }

            var (sent, failed) = (stats.Sent, stats.Failed);
            var geocoded = await step.ApplyAsync(SourceLabel, runId, batch, stats, cancellationToken);
            for (var i = 0; i < count; i++)
            {
                // The step rewrites the v1 fields of the same JSON; a Structure reads it back as it wrote it.
                structures[start + i] = JsonSerializer.Deserialize<Structure>(geocoded[i].Utf8Json, s_json)
                    ?? throw new InvalidOperationException($"the geocoded record {geocoded[i].Id} is not a structure");
            }

            if (stats.Sent > sent && stats.Failed - failed == stats.Sent - sent)
            {
                return new Outcome(stats, structures.Count - start - count);
            }
        }

        return new Outcome(stats, 0);
    }
}
