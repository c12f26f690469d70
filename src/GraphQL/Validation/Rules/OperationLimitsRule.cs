using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>
/// Depth and size limits of an operation, fragments expanded: the deepest field nesting and the number of field
/// selections (aliases and repeated fragments count each time), a simple cost budget.
/// </summary>
internal sealed class OperationLimitsRule(int? maxDepth, int? maxFieldCount) : ValidationRule
{
    private const int HardCap = 1_000_000;

    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var fieldCount = 0;
        var depth = Measure(context, operation.SelectionSet, 0, [], ref fieldCount);
        var name = operation.Name is { } n ? $"Operation \"{n.Value}\"" : "The operation";
        if (maxDepth is { } depthLimit && depth > depthLimit)
        {
            context.ReportError($"{name} has a depth of {depth}, which exceeds the maximum allowed depth of {depthLimit}.", operation);
        }

        if (maxFieldCount is { } fieldLimit && fieldCount > fieldLimit)
        {
            context.ReportError($"{name} selects {fieldCount} fields, which exceeds the maximum allowed of {fieldLimit}.", operation);
        }
    }

    private static int Measure(ValidationContext context, SelectionSetNode selectionSet, int depth, HashSet<string> path, ref int fieldCount)
    {
        var deepest = depth;
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var selectionIndex = 0; selectionIndex < selectionSet.Selections.Count; selectionIndex++)
        {
            var selection = selectionSet.Selections[selectionIndex];
            // Fragments spread many times can multiply the count: stop measuring once far past any sane limit.
            if (fieldCount > HardCap)
            {
                return deepest;
            }

            switch (selection)
            {
                case FieldNode field:
                    fieldCount++;
                    var fieldDepth = field.SelectionSet is null ? depth + 1 : Measure(context, field.SelectionSet, depth + 1, path, ref fieldCount);
                    deepest = Math.Max(deepest, fieldDepth);
                    break;
                case InlineFragmentNode inline:
                    deepest = Math.Max(deepest, Measure(context, inline.SelectionSet, depth, path, ref fieldCount));
                    break;
                case FragmentSpreadNode spread when context.GetFragment(spread.Name.Value) is { } fragment && path.Add(spread.Name.Value):
                    deepest = Math.Max(deepest, Measure(context, fragment.SelectionSet, depth, path, ref fieldCount));
                    path.Remove(spread.Name.Value);
                    break;
            }
        }

        return deepest;
    }
}
