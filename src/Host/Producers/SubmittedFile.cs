namespace DataInclusion.Host.Producers;

/// <summary>
/// One file of a submission: the stream it feeds (<c>structures</c>, <c>services</c> or <c>classeur</c>), the name the
/// producer gave it (shown, never used as a path), its detected media type and its bytes as received.
/// </summary>
#pragma warning disable CA1819 // The bytes of a payload, passed along as received.
internal sealed record SubmittedFile(string Stream, string? FileName, string MediaType, byte[] Content);
#pragma warning restore CA1819
