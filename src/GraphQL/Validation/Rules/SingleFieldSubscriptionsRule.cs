using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.2.3.1 Single root field (subscriptions), without @skip / @include at the top level.</summary>
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
            || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var forbidden = new List<DirectiveNode>();
        Collect(context, subscriptionType, operation.SelectionSet, grouped, forbidden, new HashSet<string>(StringComparer.Ordinal));
        var prefix = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (forbidden.Count > 0)
        {
            context.ReportError($"{prefix} must not use `@skip` or `@include` directives in the top level selection.", [.. forbidden]);
            return;
        }

        if (grouped.Count == 0)
        {
            context.ReportError($"{prefix} must select one top level field.", operation.SelectionSet);
        }
        else if (grouped.Count > 1)
        {
            context.ReportError($"{prefix} must select only one top level field.", [.. grouped.Values.Skip(1).SelectMany(n => n)]);
        }

        foreach (var nodes in grouped.Values)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{prefix} must not select an introspection top level field.", [.. nodes]);
            }
        }
    }

    private static void Collect(
        ValidationContext context,
        ObjectType type,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> grouped,
        List<DirectiveNode> forbidden,
        HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    forbidden.Add(directive);
                }
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        grouped.Add(key, list = []);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(context, type, inline.TypeCondition))
                    {
                        Collect(context, type, inline.SelectionSet, grouped, forbidden, visited);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (visited.Add(spread.Name.Value) && context.GetFragment(spread.Name.Value) is { } fragment
                        && Applies(context, type, fragment.TypeCondition))
                    {
                        Collect(context, type, fragment.SelectionSet, grouped, forbidden, visited);
                    }

                    break;
            }
        }
    }

    private static bool Applies(ValidationContext context, ObjectType type, NamedTypeNode condition) =>
        context.Schema.GetType(condition.Name.Value) switch
        {
            ObjectType obj => ReferenceEquals(obj, type),
            InterfaceType or UnionType => context.Schema.IsPossibleType(context.Schema.GetType(condition.Name.Value)!, type),
            _ => false,
        };
}
