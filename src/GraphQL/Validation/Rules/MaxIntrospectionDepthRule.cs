using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>Refuses introspection queries nesting fields / interfaces / possibleTypes / inputFields 3 deep (graphql-js 17 recommended rule).</summary>
internal sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

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
            if (_exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }

            if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                || (_checked.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth)
                || context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visited[name] = depth;
            if (Exceeds(context, fragment, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }

            _checked[name] = depth;
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
            foreach (var child in selectionSet.Selections)
            {
                if (Exceeds(context, child, visited, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
