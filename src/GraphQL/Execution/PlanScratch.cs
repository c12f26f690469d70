using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// The working buffers of CollectFields (§6.3.2): response keys in first-seen order, the nodes of each, the fragments
/// visited. One per thread, reused: building a plan then allocates only the plan itself.
/// </summary>
internal sealed class PlanScratch
{
    /// <summary>Past this many keys a scratch is not kept: one huge selection set must not pin its buffers for good.</summary>
    private const int MaxRetainedKeys = 256;

    [ThreadStatic]
    private static PlanScratch? t_free;

    private readonly List<string> _keys = [];
    private readonly List<List<FieldNode>> _nodes = [];
    private readonly Dictionary<string, int> _groupByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

    /// <summary>The number of response keys collected.</summary>
    public int Count => _keys.Count;

    /// <summary>The thread's scratch, taken out of its slot while in use (a nested use gets a fresh one).</summary>
    public static PlanScratch Rent()
    {
        var scratch = t_free ?? new PlanScratch();
        t_free = null;
        return scratch;
    }

    public static void Return(PlanScratch scratch)
    {
        var keep = scratch._keys.Count <= MaxRetainedKeys;
        scratch.Clear();
        if (keep)
        {
            t_free = scratch;
        }
    }

    public void Add(string responseKey, FieldNode node)
    {
        if (!_groupByKey.TryGetValue(responseKey, out var group))
        {
            group = _keys.Count;
            _groupByKey.Add(responseKey, group);
            _keys.Add(responseKey);
            if (_nodes.Count == group)
            {
                _nodes.Add([]);
            }
        }

        _nodes[group].Add(node);
    }

    /// <summary>§6.3.2 step 2.d.iii: false when the fragment was already visited for this plan.</summary>
    public bool VisitFragment(string name) => _visitedFragments.Add(name);

    public string KeyOf(int group) => _keys[group];

    public List<FieldNode> NodesOf(int group) => _nodes[group];

    private void Clear()
    {
        // The node lists are kept for the next plan; emptied, so they hold no node of this document.
        for (var group = 0; group < _keys.Count; group++)
        {
            _nodes[group].Clear();
        }

        _keys.Clear();
        _groupByKey.Clear();
        _visitedFragments.Clear();
    }
}
