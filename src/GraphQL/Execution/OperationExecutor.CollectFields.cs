using DataInclusion.GraphQL.Introspection;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>§6.3.2 CollectFields, with @skip / @include (§3.13.1, §3.13.2); plans are cached per execution.</summary>
internal sealed partial class OperationExecutor
{
    /// <summary>The root plan: built once per execution, so it needs no cache.</summary>
    private CollectedField[] CollectRootFields(ObjectType rootType) => BuildPlan(rootType, null, _context.Operation.SelectionSet);

    /// <summary>The merged sub-selections of a field's nodes for a runtime object type (§6.4.3 CollectSubfields).</summary>
    private CollectedField[] CollectSubfields(ObjectType objectType, CollectedField field) =>
        field.GetSubPlan(objectType) ?? field.AddSubPlan(objectType, BuildPlan(objectType, field, null));

    /// <summary>Groups the fields of <paramref name="field"/>'s selection sets (or of <paramref name="rootSet"/>) by response key.</summary>
    private CollectedField[] BuildPlan(ObjectType objectType, CollectedField? field, SelectionSetNode? rootSet)
    {
        var scratch = PlanScratch.Rent();
        try
        {
            if (rootSet is not null)
            {
                CollectFields(objectType, rootSet, scratch);
            }
            else
            {
                foreach (var node in field!.Nodes)
                {
                    if (node.SelectionSet is not null)
                    {
                        CollectFields(objectType, node.SelectionSet, scratch);
                    }
                }
            }

            var plan = new CollectedField[scratch.Count];
            var count = 0;
            for (var group = 0; group < scratch.Count; group++)
            {
                var nodes = scratch.NodesOf(group);
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
                    plan[count++] = new CollectedField(objectType, scratch.KeyOf(group), [.. nodes], definition);
                }
            }

            if (count < plan.Length)
            {
                Array.Resize(ref plan, count);
            }

            return plan;
        }
        finally
        {
            PlanScratch.Return(scratch);
        }
    }

    private void CollectFields(ObjectType objectType, SelectionSetNode selectionSet, PlanScratch scratch)
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
                    scratch.Add(field.Alias?.Value ?? field.Name.Value, field);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!scratch.VisitFragment(name) || !_context.Fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    if (DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        CollectFields(objectType, fragment.SelectionSet, scratch);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        CollectFields(objectType, inline.SelectionSet, scratch);
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
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var definition = name == "skip" ? BuiltInDirectives.Skip : BuiltInDirectives.Include;
            var arguments = Values.CoerceArgumentValues(definition.Arguments, directive.Arguments, _context.Variables, directive, name == "skip" ? "@skip" : "@include");
            var condition = arguments.TryGetValue("if", out var value) && value is true;
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
