namespace DataInclusion.GraphQL.Execution;

/// <summary>Loads many keys at once; keys missing from the result resolve to the default value.</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchLoadFunction<TKey, TValue>(
    IReadOnlyList<TKey> keys,
    CancellationToken cancellationToken)
    where TKey : notnull;
