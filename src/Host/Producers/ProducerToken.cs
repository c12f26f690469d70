using System.Security.Cryptography;
using System.Text;

namespace DataInclusion.Host.Producers;

/// <summary>
/// A producer's (and an API reader's) secret: 32 random bytes (256 bits) from the OS generator, shown once, stored only as its SHA-256.
/// </summary>
/// <remarks>
/// A slow password hash (bcrypt, Argon2) protects secrets people choose, which are guessable. This token is not: with
/// 256 bits of entropy, brute-forcing the stored SHA-256 is out of reach, so a fast hash loses nothing, and it lets every
/// request be checked for a few microseconds instead of the hundreds of milliseconds a KDF costs by design.
/// </remarks>
internal static class ProducerToken
{
    /// <summary>Recognisable in logs and secret scanners; says nothing of the producer.</summary>
    public const string Prefix = "dip_";

    /// <summary>A new token; API tokens use the same generator and hash with their own prefix (<c>dia_</c>).</summary>
    public static string Generate(string prefix = Prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Constant-time comparison of a presented token with a stored hash.</summary>
    public static bool Matches(string presented, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);
}
