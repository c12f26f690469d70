namespace DataInclusion.Host.Pipeline;

/// <summary>Limits of a run's database steps and of what a run may publish (configuration section <c>Pipeline</c>).</summary>
internal sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>
    /// Command timeout of the publication transaction and of pruning (<c>Pipeline__PublishTimeout</c>): sized for
    /// hundreds of thousands of rows, never the 30 s Npgsql default.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Timeout of each binary COPY into the raw and normalised layers (<c>Pipeline__CopyTimeout</c>).</summary>
    public TimeSpan CopyTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The run fails without publishing when its share of invalid records exceeds the last publication's by more than
    /// this (<c>Pipeline__MaxInvalidShare</c>, 0.5 = 50 points): a producer whose feed changed shape cannot wipe its data.
    /// </summary>
    public double MaxInvalidShare { get; set; } = 0.5;

    /// <summary>
    /// Whether a publication is followed by reclustering every source's structures (<c>Pipeline__ClusterAfterPublication</c>).
    /// Off, cluster ids stay as the last clustering left them until a publication with it on.
    /// </summary>
    public bool ClusterAfterPublication { get; set; } = true;

    /// <summary>
    /// A raw payload larger than this is stored in parts of this size (<c>Pipeline__RawPartBytes</c>, migration 0090):
    /// what a run holds of a payload at once.
    /// </summary>
    public int RawPartBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// How many mapped records go through enrichment, validation and the normalised layer's COPY together
    /// (<c>Pipeline__BatchSize</c>): with the two batches in flight, what a run holds of a feed at once (with a geocoder,
    /// plus the records waiting for a geocoding request, up to <c>Geocoder__BatchSize</c>: see <c>GeocodingBuffer</c>).
    /// </summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>
    /// Under a Hangfire server (<c>serve</c>, <c>up</c>), how long publications must pause before the one reclustering
    /// they asked for runs (<c>Pipeline__ClusterDebounce</c>); at most four times this after the first. <c>run</c> and
    /// <c>remap</c> recluster at once, as they have no job server.
    /// </summary>
    public TimeSpan ClusterDebounce { get; set; } = TimeSpan.FromMinutes(2);
}
