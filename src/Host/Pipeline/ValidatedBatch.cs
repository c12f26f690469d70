using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Pipeline;

/// <summary>One batch of a run, enriched, validated and serialised: the rows the normalised layer receives together.</summary>
internal sealed record ValidatedBatch(IReadOnlyList<NormalizedRecord> Structures, IReadOnlyList<NormalizedRecord> Services, IReadOnlyList<IssueRow> Issues);
