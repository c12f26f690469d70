namespace DataInclusion.GraphQL.Http.PersistedQueries;

/// <summary>The protocol's errors, with the messages and codes Apollo clients look for.</summary>
internal static class PersistedQueryErrors
{
    public static GraphQLError NotFound { get; } = Coded("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");

    public static GraphQLError NotSupported { get; } = Coded("PersistedQueryNotSupported", "PERSISTED_QUERY_NOT_SUPPORTED");

    public static GraphQLError HashMismatch { get; } = Coded("provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH");

    public static GraphQLError Invalid { get; } = Coded(
        "extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 hexadecimal digits>\"}.", "PERSISTED_QUERY_INVALID");

    public static GraphQLError NotAllowed { get; } = Coded(
        "This server only executes registered queries (allow-list mode), and this document is not registered: ask the operator to register it, then send it or its SHA-256 in extensions.persistedQuery.",
        "PERSISTED_QUERY_NOT_ALLOWED");

    private static GraphQLError Coded(string message, string code) => new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
