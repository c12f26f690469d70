using DataInclusion.Host.Producers;
using Npgsql;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Every source the pipeline knows: the built-in ones of <see cref="SourceRegistry"/>, then the producer accounts of the
/// database. Read on each call, so a producer added by another process shows up without a restart.
/// </summary>
internal sealed class SourceCatalog(NpgsqlDataSource dataSource, TimeProvider time)
{
    private readonly ProducerStore _producers = new(dataSource, time);

    public async Task<IReadOnlyList<SourceDefinition>> AllAsync(CancellationToken cancellationToken) =>
        [.. SourceRegistry.All, .. (await _producers.ListAsync(cancellationToken)).Select(ProducerSource.Define)];

    public async Task<SourceDefinition?> FindAsync(string slug, CancellationToken cancellationToken) =>
        SourceRegistry.Find(slug)
        ?? (await _producers.FindAsync(slug.ToLowerInvariant(), cancellationToken) is { } producer ? ProducerSource.Define(producer) : null);
}
