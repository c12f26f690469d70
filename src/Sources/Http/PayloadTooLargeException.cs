using System.Globalization;

namespace DataInclusion.Sources.Http;

/// <summary>A producer's body (or a local feed file) larger than <see cref="HttpSourceOptions.MaxPayloadBytes"/>; never retried.</summary>
public sealed class PayloadTooLargeException(long limit, long? size)
    : Exception(Describe(limit, size))
{
    /// <summary>The operator's message: what was too large, the cap, and the setting that raises it.</summary>
    public static string Describe(long limit, long? size) => size is { } bytes
        ? string.Create(CultureInfo.InvariantCulture, $"the body holds {bytes:N0} bytes, more than the {limit:N0} bytes allowed (Sources__Http__MaxPayloadBytes)")
        : string.Create(CultureInfo.InvariantCulture, $"the body holds more than the {limit:N0} bytes allowed (Sources__Http__MaxPayloadBytes)");
}
