namespace DataInclusion.Normalize;

/// <summary>A payload as received from a producer: one page or file of one stream.</summary>
/// <param name="Stream">The source's stream name, e.g. <c>siaes</c>, <c>structures</c>.</param>
/// <param name="Name">A name that locates the document in reports (file name, page URL...).</param>
/// <param name="Content">The bytes exactly as received.</param>
/// <param name="MediaType">e.g. <c>application/json</c>, <c>text/csv</c>.</param>
public sealed record RawDocument(string Stream, string Name, ReadOnlyMemory<byte> Content, string MediaType);
