namespace DataInclusion.Normalize;

/// <summary>Errors make a record invalid (not published); warnings are reported to the producer only.</summary>
public enum IssueSeverity
{
    Error,
    Warning,
}
