namespace DataInclusion.Sources.Http;

/// <summary>A producer's body (or a local feed file) larger than <see cref="HttpSourceOptions.MaxPayloadBytes"/>; never retried.</summary>
public sealed class PayloadTooLargeException(long limit, long? announced)
    : Exception(announced is { } size
        ? $"the body announces {size:N0} bytes, more than the {limit:N0} allowed (Sources__Http__MaxPayloadBytes)"
        : $"the body exceeds the {limit:N0} bytes allowed (Sources__Http__MaxPayloadBytes)");
