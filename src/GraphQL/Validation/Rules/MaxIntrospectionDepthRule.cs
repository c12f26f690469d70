using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>Refuses introspection queries nesting fields / interfaces / possibleTypes / inputFields 3 deep (graphql-js 17 recommended rule).</summary>
internal sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    // Made on the first introspection field: most documents have none, and the rule runs on every request.
    private Dictionary<string, int>? _checked;
    private Dictionary<string, int>? _exceeded;

    internal override void Reset()
    {
        _checked?.Clear();
        _exceeded?.Clear();
    }

    private Dictionary<string, int> Checked => _checked ??= new(StringComparer.Ordinal);

    private Dictionary<string, int> Exceeded => _exceeded ??= new(StringComparer.Ordinal);

    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is FieldNode field && field.Name.Value is "__schema" or "__type"
            && Exceeds(context, field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.ReportError("Maximum introspection depth exceeded", field);
        }
    }

    private bool Exceeds(ValidationContext context, AstNode node, Dictionary<string, int> visited, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (Exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }

            if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                || (Checked.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth)
                || context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visited[name] = depth;
            if (Exceeds(context, fragment, visited, depth))
            {
                Exceeded[name] = depth;
                return true;
            }

            Checked[name] = depth;
            return false;
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
        {
            return true;
        }

        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        if (selectionSet is not null)
        {
            // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
            for (var childIndex = 0; childIndex < selectionSet.Selections.Count; childIndex++)
            {
                var child = selectionSet.Selections[childIndex];
                if (Exceeds(context, child, visited, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
