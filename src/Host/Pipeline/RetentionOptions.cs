namespace DataInclusion.Host.Pipeline;

/// <summary>How much history is kept (configuration section <c>Retention</c>, e.g. <c>Retention__RawRuns=10</c>).</summary>
internal sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Runs per source whose raw payloads and normalised rows are kept (for <c>remap</c> and diagnosis).</summary>
    public int RawRuns { get; set; } = 5;
}
