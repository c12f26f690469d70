using System.Text.Json;
using DataInclusion.GraphQL.Http.PersistedQueries;

namespace DataInclusion.GraphQL.Http;

/// <summary>Persisted queries: which document text a request stands for (Automatic Persisted Queries, allow-list).</summary>
internal sealed partial class GraphQLHttpHandler
{
    /// <summary>The document to execute, or the protocol error that refuses the request.</summary>
    /// <param name="remember">Set when the request registered its text with a verified hash (stored once it validates).</param>
    private async ValueTask<(string? Query, GraphQLError? Error)> ResolveQueryAsync(
        GraphQLHttpRequest parameters, Action<string> remember, CancellationToken cancellationToken)
    {
        var persisted = options.PersistedQueries;
        if (!TryReadPersistedQuery(parameters.Extensions, out var hash, out var malformed))
        {
            return malformed ? (null, PersistedQueryErrors.Invalid) : await CheckAllowedAsync(parameters.Query!, cancellationToken);
        }

        if (persisted.AutomaticStore is null && persisted.Registered is null)
        {
            return (null, PersistedQueryErrors.NotSupported);
        }

        if (parameters.Query is { } text)
        {
            if (PersistedQueryHash.Of(text) != hash)
            {
                return (null, PersistedQueryErrors.HashMismatch);
            }

            if (persisted.RegisteredOnly)
            {
                return await CheckAllowedAsync(text, cancellationToken);
            }

            remember(hash);
            return (text, null);
        }

        var found = persisted.RegisteredOnly || persisted.AutomaticStore is null ? null : await persisted.AutomaticStore.FindAsync(hash, cancellationToken);
        found ??= persisted.Registered is null ? null : await persisted.Registered.FindAsync(hash, cancellationToken);
        return found is null ? (null, PersistedQueryErrors.NotFound) : (found, null);
    }

    private async ValueTask<(string? Query, GraphQLError? Error)> CheckAllowedAsync(string text, CancellationToken cancellationToken)
    {
        var persisted = options.PersistedQueries;
        if (!persisted.RegisteredOnly)
        {
            return (text, null);
        }

        var registered = persisted.Registered is null ? null : await persisted.Registered.FindAsync(PersistedQueryHash.Of(text), cancellationToken);
        return registered == text ? (text, null) : (null, PersistedQueryErrors.NotAllowed);
    }

    /// <summary>Reads <c>extensions.persistedQuery</c>: false when absent; <paramref name="malformed"/> when present but unusable.</summary>
    private static bool TryReadPersistedQuery(JsonElement? extensions, out string hash, out bool malformed)
    {
        hash = string.Empty;
        malformed = false;
        if (extensions is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("persistedQuery", out var persisted)
            || persisted.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        malformed = true;
        if (persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != 1
            || !persisted.TryGetProperty("sha256Hash", out var sha) || sha.ValueKind != JsonValueKind.String
            || !PersistedQueryHash.IsWellFormed(sha.GetString()))
        {
            return false;
        }

        malformed = false;
        hash = PersistedQueryHash.Normalize(sha.GetString()!);
        return true;
    }

    private static bool HasPersistedQuery(JsonElement? extensions) =>
        extensions is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("persistedQuery", out var persisted)
        && persisted.ValueKind != JsonValueKind.Null;
}
