namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// Static cost analysis of an operation before it executes (see <see cref="CostAnalyzer"/> for the formula): the
/// schema owner's weights and list sizes, and the maximum a request may cost.
/// </summary>
public sealed class CostOptions
{
    /// <summary>Requests whose computed cost is above this are refused before execution.</summary>
    public required long MaxCost { get; init; }

    /// <summary>The assumed length of a list field no slicing argument and no hint sizes.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Arguments whose integer value is the length of the list a field returns (or of its sized fields).</summary>
    public IReadOnlyList<string> SlicingArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>
    /// Children of a non-list field that take its slicing argument as their length: Relay connections'
    /// <c>edges</c> and <c>nodes</c>.
    /// </summary>
    public IReadOnlyList<string> SizedFields { get; init; } = ["edges", "nodes"];

    /// <summary>Per-field overrides, keyed by schema coordinate (<c>Type.field</c>).</summary>
    public IReadOnlyDictionary<string, FieldCost> Fields { get; init; } = new Dictionary<string, FieldCost>();

    /// <summary>Upper bound on the selections visited while costing (fragments spread inside fragments multiply).</summary>
    public int MaxVisitedSelections { get; init; } = 100_000;
}
