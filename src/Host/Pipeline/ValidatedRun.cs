using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Pipeline;

/// <summary>The normalised records of a run with their validation results, ready for the normalised layer; <c>EnrichedFields</c> counts the fields the enrichment step filled or fixed.</summary>
internal sealed record ValidatedRun(
    IReadOnlyList<NormalizedRecord> Structures,
    IReadOnlyList<NormalizedRecord> Services,
    IReadOnlyList<IssueRow> Issues,
    int Fetched,
    int Valid,
    int EnrichedFields)
{
    public int Invalid => Fetched - Valid;
}
