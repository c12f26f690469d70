using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Web;

/// <summary>Everything the admin page shows of one source.</summary>
internal sealed record AdminSourceView(
    SourceDefinition Source,
    string Schedule,
    DateTimeOffset? NextFireTime,
    IReadOnlyList<string> MissingVariables,
    IReadOnlyList<RunRecord> Runs,
    IReadOnlyList<IssueGroup> IssueGroups,
    CrossSourceDuplicates? Duplicates = null);
