using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.2.2 Fragment spreads must not form cycles.</summary>
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    // Made on the first fragment definition: most documents have none, and the rule runs on every request.
    private HashSet<string>? _visited;
    private List<FragmentSpreadNode>? _spreadPath;
    private Dictionary<string, int>? _pathIndexByName;

    internal override void Reset()
    {
        _visited?.Clear();
        _spreadPath?.Clear();
        _pathIndexByName?.Clear();
    }

    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            Detect(fragment, context);
        }
    }

    private void Detect(FragmentDefinitionNode fragment, ValidationContext context)
    {
        var name = fragment.Name.Value;
        _visited ??= new(StringComparer.Ordinal);
        _spreadPath ??= [];
        _pathIndexByName ??= new(StringComparer.Ordinal);
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndexByName[name] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target)
                {
                    Detect(target, context);
                }
            }
            else
            {
                var cycle = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                context.ReportError(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                    [.. cycle]);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndexByName.Remove(name);
    }
}
