namespace DataInclusion.GraphQL.Http.PersistedQueries;

/// <summary>Documents known by the SHA-256 of their text (lowercase hex): an operator's registered list, or a cache.</summary>
public interface IPersistedQueryLookup
{
    /// <summary>The document text whose SHA-256 is <paramref name="sha256Hash"/>, or null when unknown.</summary>
    ValueTask<string?> FindAsync(string sha256Hash, CancellationToken cancellationToken);
}
