using DataInclusion.GraphQL.Introspection;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// Static cost of an operation, computed on the validated document with the request's variables, before execution:
/// <code>
/// cost(field)  = weight                                  for a leaf field (a list of scalars is one value)
///              = size × (weight + cost(sub-selection))   for an object, interface or union field
/// weight       = the hint's, else 1 for an object field or a field with its own resolver, else 0; __typename is free
/// size         = 1 for a non-list field; for a list: its slicing argument (first/last/limit, variables and argument
///                defaults included), else the slicing argument of the connection field above it when it is one of
///                the sized fields (edges, nodes), else the hint's list size, else the default list size
/// </code>
/// Fragments count where they are spread, skipped selections (@skip/@include) not at all, aliases each time, and
/// every type condition under an abstract type is added (an upper bound). Introspection fields count like others.
/// </summary>
public static class CostAnalyzer
{
    public static long Compute(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        CostOptions options)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return Compute(schema, operation, fragments, variables, options);
    }

    internal static long Compute(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        CostOptions options)
    {
        var root = schema.GetRootType(operation.Operation);
        if (root is null)
        {
            return 0;
        }

        var walk = new Walk(schema, fragments, variables, options);
        var cost = walk.SelectionSet(operation.SelectionSet, root, null);
        return walk.Exhausted || cost >= long.MaxValue ? long.MaxValue : (long)cost;
    }

    private sealed class Walk(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        CostOptions options)
    {
        private int _visited;

        public bool Exhausted { get; private set; }

        /// <param name="inheritedSize">The slicing value of the connection field this selection set belongs to.</param>
        public double SelectionSet(SelectionSetNode selectionSet, NamedType parentType, long? inheritedSize)
        {
            var total = 0d;
            // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
            for (var selectionIndex = 0; selectionIndex < selectionSet.Selections.Count; selectionIndex++)
            {
                var selection = selectionSet.Selections[selectionIndex];
                if (++_visited > options.MaxVisitedSelections)
                {
                    Exhausted = true;
                    return double.PositiveInfinity;
                }

                if (!ShouldInclude(selection.Directives))
                {
                    continue;
                }

                total += selection switch
                {
                    FieldNode field => Field(field, parentType, inheritedSize),
                    InlineFragmentNode inline => SelectionSet(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType, inheritedSize),
                    FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) =>
                        SelectionSet(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parentType, inheritedSize),
                    _ => 0,
                };
            }

            return total;
        }

        private double Field(FieldNode node, NamedType parentType, long? inheritedSize)
        {
            var name = node.Name.Value;
            var definition = name switch
            {
                "__typename" => null,
                "__schema" when ReferenceEquals(parentType, schema.QueryType) => IntrospectionTypes.SchemaField,
                "__type" when ReferenceEquals(parentType, schema.QueryType) => IntrospectionTypes.TypeField,
                _ => (parentType as ComplexType)?.GetField(name),
            };
            if (definition is null)
            {
                return 0;
            }

            var hint = options.Fields.GetValueOrDefault(parentType.Name + "." + name);
            var namedType = definition.Type.GetNamedType();
            var isComposite = namedType.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
            var weight = hint?.Weight ?? (isComposite || definition.Resolver is not null ? 1 : 0);
            if (node.SelectionSet is null)
            {
                return weight;
            }

            var slicing = SlicingValue(definition, node);
            var isList = definition.Type.Nullable is ListType;
            double size = !isList ? 1
                : slicing ?? (inheritedSize is not null && options.SizedFields.Contains(name) ? inheritedSize : null) ?? hint?.ListSize ?? options.DefaultListSize;
            return size * (weight + SelectionSet(node.SelectionSet, namedType, isList ? null : slicing));
        }

        /// <summary>The first slicing argument the field defines whose value (given, from a variable, or its default) is an integer.</summary>
        private long? SlicingValue(FieldDefinition definition, FieldNode node)
        {
            foreach (var argumentName in options.SlicingArguments)
            {
                if (definition.GetArgument(argumentName) is not { } argument)
                {
                    continue;
                }

                object? value = InputCoercion.Undefined;
                foreach (var given in node.Arguments)
                {
                    if (given.Name.Value == argumentName)
                    {
                        value = InputCoercion.CoerceLiteral(given.Value, argument.Type, variables);
                        break;
                    }
                }

                if (ReferenceEquals(value, InputCoercion.Undefined) && argument.HasDefaultValue)
                {
                    value = InputCoercion.CoerceDefault(argument);
                }

                if (value is int count)
                {
                    return Math.Max(0, count);
                }
            }

            return null;
        }

        private NamedType? TypeOf(NamedTypeNode? condition) => condition is null ? null : schema.GetType(condition.Name.Value);

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
                var arguments = Values.CoerceArgumentValues(definition.Arguments, directive.Arguments, variables, directive, "@" + name);
                var condition = arguments.TryGetValue("if", out var value) && value is true;
                if (name == "skip" ? condition : !condition)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
