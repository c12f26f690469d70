namespace DataInclusion.Host.Pipeline;

/// <summary>Succeeded runs were published; failed ones left the last good data in place; skipped ones lack configuration.</summary>
internal enum SourceRunStatus
{
    Succeeded,
    Failed,
    Skipped,
}
