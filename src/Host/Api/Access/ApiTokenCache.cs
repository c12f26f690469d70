using System.Collections.Concurrent;
using DataInclusion.Host.Producers;

namespace DataInclusion.Host.Api.Access;

/// <summary>
/// Presented tokens resolved for <see cref="Lifetime"/>, so a request does not cost a database round trip: a revoked
/// (or new) token is seen by every instance within that bound. Keyed by the token's SHA-256, so no secret is kept in
/// memory; unknown tokens are remembered too (a client retrying a bad token does not reach the database each time).
/// </summary>
internal sealed class ApiTokenCache(Func<byte[], CancellationToken, Task<ApiToken?>> lookup, TimeSpan lifetime, TimeProvider time)
{
    // Past this many entries (a spray of random tokens) the cache starts afresh rather than grow.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ApiToken? Token, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    /// <summary>The active token <paramref name="presented"/> is, or null (unknown or revoked).</summary>
    public async Task<ApiToken?> FindAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = ProducerToken.Hash(presented);
        var key = Convert.ToHexString(hash);
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > now)
        {
            return entry.Token;
        }

        var token = await lookup(hash, cancellationToken);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = (token, now + lifetime);
        return token;
    }
}
