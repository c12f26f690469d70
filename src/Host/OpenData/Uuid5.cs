using System.Security.Cryptography;
using System.Text;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// Name-based UUIDs (RFC 4122 §4.3, version 5, SHA-1): HSDS wants UUID ids, and the same record must keep the same id
/// from one export to the next (interop.md §1.2).
/// </summary>
internal static class Uuid5
{
    /// <summary>Our own namespace for HSDS ids; never change it, or every re-user's ids change.</summary>
    private static readonly Guid s_namespace = new("3c1b8a52-52a4-4c4e-9d3b-6b0f5d1e7a10");

    public static string Of(string kind, string id)
    {
        Span<byte> input = stackalloc byte[16];
        s_namespace.TryWriteBytes(input, bigEndian: true, out _);
        var name = Encoding.UTF8.GetBytes(kind + ":" + id);
        // RFC 4122 names version 5 by SHA-1: an identifier, not a security use.
#pragma warning disable CA5350
        var hash = SHA1.HashData([.. input, .. name]);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
