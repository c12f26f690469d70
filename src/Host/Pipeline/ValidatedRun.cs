using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Pipeline;

/// <summary>The normalised records of a run with their validation results, ready for the normalised layer.</summary>
internal sealed record ValidatedRun(
    IReadOnlyList<NormalizedRecord> Structures,
    IReadOnlyList<NormalizedRecord> Services,
    IReadOnlyList<IssueRow> Issues,
    int Fetched,
    int Valid)
{
    public int Invalid => Fetched - Valid;
}
