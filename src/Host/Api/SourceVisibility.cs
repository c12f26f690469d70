using DataInclusion.Host.Pipeline;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// The one rule of restricted sources (issue 12 §2): the rows of a source flagged <see cref="SourceDefinition.IsRestricted"/>
/// (built into the registry, or a producer account an operator restricted) are seen only by a caller whose token was
/// granted that source. Every read of the query layer takes one (lists, counts, lookups by id, by structure, by
/// cluster, both searches, the <c>sources</c> list), so a door cannot forget it: the compiler asks for it. A door gets
/// it from its caller (<see cref="ApiCaller.Visibility"/>), built over the current restricted sources
/// (<see cref="Access.RestrictedSources"/>).
/// </summary>
internal sealed class SourceVisibility
{
    private readonly string[] _hidden;

    private SourceVisibility(string[] hidden) => _hidden = hidden;

    /// <summary>The slugs of the built-in restricted sources (the registry's); producer accounts add theirs at run time.</summary>
    public static IReadOnlyList<string> BuiltInRestricted { get; } = SourceRegistry.All.Where(s => s.IsRestricted).Select(s => s.Slug).ToArray();

    /// <summary>
    /// What a caller without any grant sees when only the built-in sources are restricted: for benchmarks and plan
    /// tests. A door serving a request uses its caller's visibility, which knows the restricted producer sources too.
    /// </summary>
    public static SourceVisibility Public { get; } = new([.. BuiltInRestricted]);

    /// <summary>The sources hidden from this caller (restricted and not granted).</summary>
    public IReadOnlyList<string> Hidden => _hidden;

    /// <summary>
    /// Visibility for a caller granted <paramref name="granted"/> (slugs; unknown or open ones change nothing) when
    /// <paramref name="restricted"/> are the restricted sources.
    /// </summary>
    public static SourceVisibility Granting(IReadOnlyList<string> restricted, IReadOnlyCollection<string> granted) =>
        new(restricted.Where(s => !granted.Contains(s, StringComparer.Ordinal)).ToArray());

    /// <summary>What a caller without any grant sees of <paramref name="sources"/> (the home page, the dumps' rule).</summary>
    public static SourceVisibility Anonymous(IEnumerable<SourceDefinition> sources) => new(sources.Where(s => s.IsRestricted).Select(s => s.Slug).ToArray());

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
