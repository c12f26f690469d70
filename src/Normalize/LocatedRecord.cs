namespace DataInclusion.Normalize;

/// <summary>
/// A record read from a producer's file with where it is, or the issue that kept it from being read (then
/// <see cref="Record"/> is null, and <see cref="Location"/> too when the reader could only name the line in the issue).
/// </summary>
public sealed record LocatedRecord<T>(RecordLocation? Location, T? Record, ValidationIssue? Unreadable)
    where T : class;
