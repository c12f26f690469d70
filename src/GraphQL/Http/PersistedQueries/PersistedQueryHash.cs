using System.Security.Cryptography;
using System.Text;

namespace DataInclusion.GraphQL.Http.PersistedQueries;

/// <summary>The hash of the protocol: SHA-256 of the document's UTF-8 bytes, in lowercase hexadecimal.</summary>
public static class PersistedQueryHash
{
    public static string Of(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public static bool IsWellFormed(string? hash) => hash is { Length: 64 } && hash.All(char.IsAsciiHexDigit);

    public static string Normalize(string hash) => hash.ToLowerInvariant();
}
