namespace DataInclusion.Normalize;

/// <summary>The records a mapper produced, and the documents or records it could not map at all.</summary>
/// <remarks>
/// Mapped records are not validated yet (see <see cref="RecordValidator"/>). An issue here locates the raw input by
/// document name and record index; the other records of the same document still go on.
/// </remarks>
public sealed record MappingResult(
    IReadOnlyList<Structure> Structures,
    IReadOnlyList<Service> Services,
    IReadOnlyList<ValidationIssue> Issues);
