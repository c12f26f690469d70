namespace DataInclusion.GraphQL.Http.PersistedQueries;

/// <summary>
/// Persisted queries of a <c>MapGraphQL</c> endpoint: the Automatic Persisted Queries protocol
/// (<c>extensions.persistedQuery {version: 1, sha256Hash}</c>, as Apollo clients send it, GET and POST) and an
/// allow-list mode where only documents an operator registered are executed.
/// </summary>
public sealed class PersistedQueryOptions
{
    /// <summary>Where documents sent with their hash are remembered; null turns Automatic Persisted Queries off.</summary>
    public MemoryPersistedQueryStore? AutomaticStore { get; set; } = new(1000);

    /// <summary>The operator's registered documents, usable by hash in every mode.</summary>
    public IPersistedQueryLookup? Registered { get; set; }

    /// <summary>When true, only documents found in <see cref="Registered"/> are executed; anything else is refused.</summary>
    public bool RegisteredOnly { get; set; }
}
