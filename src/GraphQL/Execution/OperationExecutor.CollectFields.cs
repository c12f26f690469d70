using DataInclusion.GraphQL.Introspection;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>§6.3.2 CollectFields, with @skip / @include (§3.13.1, §3.13.2); plans are cached per execution.</summary>
internal sealed partial class OperationExecutor
{
    private CollectedField[] CollectRootFields(ObjectType rootType) =>
        _context.GetFieldPlan(rootType, _context.Operation.SelectionSet, () => BuildPlan(rootType, [_context.Operation.SelectionSet]));

    /// <summary>The merged sub-selections of a field's nodes for a runtime object type (§6.4.3 CollectSubfields).</summary>
    private CollectedField[] CollectSubfields(ObjectType objectType, CollectedField field) =>
        _context.GetFieldPlan(objectType, field, () =>
        {
            var selectionSets = new List<SelectionSetNode>(field.Nodes.Count);
            foreach (var node in field.Nodes)
            {
                if (node.SelectionSet is not null)
                {
                    selectionSets.Add(node.SelectionSet);
                }
            }

            return BuildPlan(objectType, selectionSets);
        });

    private CollectedField[] BuildPlan(ObjectType objectType, List<SelectionSetNode> selectionSets)
    {
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectFields(objectType, selectionSet, grouped, visited);
        }

        var plan = new List<CollectedField>(grouped.Count);
        foreach (var (key, nodes) in grouped)
        {
            var name = nodes[0].Name.Value;
            var definition = name switch
            {
                "__typename" => IntrospectionTypes.TypeNameField,
                "__schema" when ReferenceEquals(objectType, _context.Schema.QueryType) => IntrospectionTypes.SchemaField,
                "__type" when ReferenceEquals(objectType, _context.Schema.QueryType) => IntrospectionTypes.TypeField,
                _ => objectType.GetField(name),
            };

            // §6.4 fields not defined on the type are ignored (validation reports them).
            if (definition is not null)
            {
                plan.Add(new CollectedField(objectType, key, nodes, definition));
            }
        }

        return [.. plan];
    }

    private void CollectFields(
        ObjectType objectType,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> grouped,
        HashSet<string> visitedFragments)
    {
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var selectionIndex = 0; selectionIndex < selectionSet.Selections.Count; selectionIndex++)
        {
            var selection = selectionSet.Selections[selectionIndex];
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        list = [];
                        grouped.Add(key, list);
                    }

                    list.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name) || !_context.Fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    if (DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        CollectFields(objectType, fragment.SelectionSet, grouped, visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        CollectFields(objectType, inline.SelectionSet, grouped, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>§6.3.2 DoesFragmentTypeApply.</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition)
    {
        var type = _context.Schema.GetType(typeCondition.Name.Value);
        return type switch
        {
            ObjectType obj => ReferenceEquals(obj, objectType),
            InterfaceType or UnionType => _context.Schema.IsPossibleType(type, objectType),
            _ => false,
        };
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var definition = name == "skip" ? BuiltInDirectives.Skip : BuiltInDirectives.Include;
            var arguments = Values.CoerceArgumentValues(definition.Arguments, directive.Arguments, _context.Variables, directive, "@" + name);
            var condition = arguments.TryGetValue("if", out var value) && value is true;
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
