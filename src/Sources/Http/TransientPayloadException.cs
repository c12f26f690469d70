namespace DataInclusion.Sources.Http;

/// <summary>A 2xx body that failed validation (e.g. cut JSON); retried like a 5xx.</summary>
internal sealed class TransientPayloadException(string reason) : Exception(reason);
