using DataInclusion.Host.Pipeline;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// The one rule of restricted sources (issue 12 §2): the rows of a source flagged <see cref="SourceDefinition.IsRestricted"/>
/// are seen only by a caller whose token was granted that source. Every read of the query layer takes one (lists,
/// counts, lookups by id, by structure, by cluster, both searches, the <c>sources</c> list), so a door cannot forget it:
/// the compiler asks for it. A door gets it from its caller (<see cref="ApiCaller.Visibility"/>).
/// </summary>
internal sealed class SourceVisibility
{
    private readonly string[] _hidden;

    private SourceVisibility(string[] hidden) => _hidden = hidden;

    /// <summary>The slugs of the restricted sources (built-in ones: producer accounts are never restricted).</summary>
    public static IReadOnlyList<string> Restricted { get; } = SourceRegistry.All.Where(s => s.IsRestricted).Select(s => s.Slug).ToArray();

    /// <summary>What a caller without any grant sees: every source but the restricted ones.</summary>
    public static SourceVisibility Public { get; } = new([.. Restricted]);

    /// <summary>The sources hidden from this caller (restricted and not granted).</summary>
    public IReadOnlyList<string> Hidden => _hidden;

    /// <summary>Visibility for a caller granted <paramref name="granted"/> (slugs; unknown or open ones change nothing).</summary>
    public static SourceVisibility Granting(IReadOnlyCollection<string> granted) =>
        granted.Count == 0 ? Public : new(Restricted.Where(s => !granted.Contains(s, StringComparer.Ordinal)).ToArray());

    public bool CanSee(string source) => !_hidden.Contains(source, StringComparer.Ordinal);

    /// <summary>
    /// Adds the predicate on the <c>source</c> column of a mart (nothing when no source is hidden, so an authorised
    /// caller's plans are the plans of the filters alone). Services carry their structure's source, so one column holds.
    /// </summary>
    public void AddTo(List<string> where, NpgsqlCommand command)
    {
        if (_hidden.Length > 0)
        {
            where.Add($"source <> ALL(${MartPredicates.Add(command, _hidden)})");
        }
    }
}
