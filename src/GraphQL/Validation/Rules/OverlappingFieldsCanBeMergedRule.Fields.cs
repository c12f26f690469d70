using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>Field comparison (FindConflict) and field collection for <see cref="OverlappingFieldsCanBeMergedRule"/>.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new Conflict(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is not null && node2.SelectionSet is not null)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive,
                type1?.GetNamedType(),
                node1.SelectionSet,
                type2?.GetNamedType(),
                node2.SelectionSet);
            if (conflicts.Count > 0)
            {
                return new Conflict(
                    responseName,
                    conflicts.ConvertAll(c => (c.ResponseName, c.Reason)),
                    [node1, .. conflicts.SelectMany(c => c.Fields1)],
                    [node2, .. conflicts.SelectMany(c => c.Fields2)]);
            }
        }

        return null;
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = arguments2.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || Stringify(argument1.Value) != Stringify(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    // Values compare with object fields sorted by name.
    private static string Stringify(ValueNode value) => value switch
    {
        ObjectValueNode obj => "{" + string.Join(",", obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal).Select(f => f.Name.Value + ":" + Stringify(f.Value))) + "}",
        ListValueNode list => "[" + string.Join(",", list.Values.Select(Stringify)) + "]",
        _ => Printer.Print(value),
    };

    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (((NamedType)type1).IsLeaf || ((NamedType)type2).IsLeaf) && !ReferenceEquals(type1, type2);
    }

    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap(StringComparer.Ordinal);
        var fragmentNames = new List<string>();
        Collect(parentType, selectionSet, fieldMap, fragmentNames);
        var result = new FieldsAndFragments(fieldMap, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames)
    {
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var selectionIndex = 0; selectionIndex < selectionSet.Selections.Count; selectionIndex++)
        {
            var selection = selectionSet.Selections[selectionIndex];
            switch (selection)
            {
                case FieldNode field:
                    var definition = (parentType as ComplexType)?.GetField(field.Name.Value);
                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!fieldMap.TryGetValue(responseName, out var list))
                    {
                        // Capacity 1: most response names are selected once in a selection set.
                        fieldMap.Add(responseName, list = new List<FieldEntry>(1));
                    }

                    list.Add(new FieldEntry(responseName, parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parentType : Values.TypeFromAst(_context.Schema, inline.TypeCondition) as NamedType;
                    Collect(type, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }
}
