using Microsoft.AspNetCore.Http;

namespace DataInclusion.GraphQL.Http;

/// <summary>
/// A store of whole responses to identical query requests, consulted before parsing and filled after a successful
/// execution. The endpoint builds the key from the request (document, operation name, variables, media type) and the
/// caller's partition; the store decides what is kept and when it is emptied (the host empties it when the data changes).
/// </summary>
public interface IGraphQLResponseCache
{
    /// <summary>
    /// The part of the key that stands for what this caller may see (two callers whose answers can differ must get
    /// different partitions); null when this request must not be cached.
    /// </summary>
    string? Partition(HttpContext context);

    /// <summary>
    /// The stored body for <paramref name="key"/>, or null; <paramref name="version"/> is the store's state now, to
    /// pass to <see cref="Add"/> so that a response computed before the store was emptied is not kept.
    /// </summary>
    byte[]? Get(string key, out long version);

    /// <summary>Keeps <paramref name="body"/> unless the store was emptied since <paramref name="version"/>.</summary>
    void Add(string key, byte[] body, long version);
}
