using DataInclusion.Host.Pipeline;
using Npgsql;

namespace DataInclusion.Host.Web.Home;

/// <summary>
/// The home page's sources and counts, kept until the next publication: a request costs one small query (the
/// publication stamp) instead of two counts over the marts per source. The stamp also covers the producer accounts,
/// so a new account or a restriction shows at once. Publications made by another instance are seen too: the stamp is
/// read from the database.
/// </summary>
internal sealed class HomeSourcesCache(SourceCatalog catalog, NpgsqlDataSource dataSource)
{
    // The end of the latest publication (a succeeded run) and what the catalogue holds of the producer accounts.
    private const string StampQuery = """
        SELECT concat_ws(' | ',
            (SELECT max(ended_at)::text FROM ops.runs WHERE status = 'succeeded'),
            (SELECT string_agg(slug || ':' || restricted::text || ':' || in_open_data::text, ',' ORDER BY slug) FROM ops.producers))
        """;

    private volatile Entry? _entry;

    public async Task<IReadOnlyList<HomeSource>> GetAsync(CancellationToken cancellationToken)
    {
        string stamp;
        await using (var command = dataSource.CreateCommand(StampQuery))
        {
            stamp = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        if (_entry is { } entry && entry.Stamp == stamp)
        {
            return entry.Sources;
        }

        // Two requests past a publication may both read the counts once: cheaper than making them wait on a lock.
        var sources = await HomeEndpoints.ReadSourcesAsync(catalog, dataSource, cancellationToken);
        _entry = new Entry(stamp, sources);
        return sources;
    }

    private sealed record Entry(string Stamp, IReadOnlyList<HomeSource> Sources);
}
