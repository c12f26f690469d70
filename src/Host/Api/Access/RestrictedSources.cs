using DataInclusion.Host.Pipeline;

namespace DataInclusion.Host.Api.Access;

/// <summary>
/// The slugs of the restricted sources — the registry's and the producer accounts an operator restricted — read from
/// <see cref="SourceCatalog"/> and kept for <paramref name="lifetime"/> (as a token is, <c>Api__TokenCacheSeconds</c>),
/// so an API request does not cost a database round trip: <c>producers restrict</c> run in another process is
/// honoured by every instance within that bound.
/// </summary>
internal sealed class RestrictedSources(Func<CancellationToken, Task<IReadOnlyList<SourceDefinition>>> sources, TimeSpan lifetime, TimeProvider time)
{
    private volatile Snapshot? _current;

    public RestrictedSources(SourceCatalog catalog, TimeSpan lifetime, TimeProvider time)
        : this(catalog.AllAsync, lifetime, time)
    {
    }

    public async Task<IReadOnlyList<string>> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_current is { } current && current.Expires > now)
        {
            return current.Slugs;
        }

        // Concurrent requests past the expiry may each read the catalogue once: cheaper than making them wait on a lock.
        var slugs = (await sources(cancellationToken)).Where(s => s.IsRestricted).Select(s => s.Slug).ToArray();
        _current = new Snapshot(slugs, now + lifetime);
        return slugs;
    }

    private sealed record Snapshot(IReadOnlyList<string> Slugs, DateTimeOffset Expires);
}
