namespace DataInclusion.Normalize.Validation;

/// <summary>One file a producer asks to validate.</summary>
/// <param name="FileName">The name shown in the report (never used as a path).</param>
/// <param name="Content">The bytes as received.</param>
/// <param name="MediaType">JSON, NDJSON, CSV or XLSX media type, as detected by the door (a zip is sent as XLSX or <c>application/zip</c>).</param>
public sealed record ValidationInput(string FileName, ReadOnlyMemory<byte> Content, string MediaType);
