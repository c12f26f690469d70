using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.3.2 Field Selection Merging (FieldsInSetCanMerge, SameResponseShape), following the graphql-js
/// algorithm: fields and fragment spreads of each selection set are compared pairwise, sub-selections recursively.
/// </summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private ValidationContext _context = null!;

    internal override void Reset()
    {
        _cache.Clear();
        _comparedFragmentPairs.Clear();
        _inlineSelectionSets.Clear();
        _context = null!;
    }

    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is InlineFragmentNode inline)
        {
            _inlineSelectionSets.Add(inline.SelectionSet);
            return;
        }

        if (node is not SelectionSetNode selectionSet || _inlineSelectionSets.Contains(selectionSet))
        {
            return;
        }

        // graphql-js 17 skips sets that cannot conflict: a single selection that is not an inline fragment.
        if (selectionSet.Selections.Count <= 1 && selectionSet.Selections is not [InlineFragmentNode])
        {
            return;
        }

        _context = context;
        foreach (var conflict in FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, selectionSet))
        {
            context.ReportError(
                $"Fields \"{conflict.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    private readonly HashSet<SelectionSetNode> _inlineSelectionSets = [];

    private static string ReasonMessage(object reason) => reason switch
    {
        List<(string ResponseName, object Reason)> subReasons => string.Join(
            " and ",
            subReasons.Select(s => $"subfields \"{s.ResponseName}\" conflict because {ReasonMessage(s.Reason)}")),
        _ => (string)reason,
    };

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);
        // By index: the Values collection would be one more object per selection set.
        for (var k = 0; k < fieldMap.Count; k++)
        {
            var fields = fieldMap.GetAt(k).Value;
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, fields[i].ResponseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }

        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var (responseName, fields1) in fieldMap1)
        {
            if (!fieldMap2.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        if (fieldMap.Count == 0 || _context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var (fieldMap2, referenced) = GetReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fieldMap, fieldMap2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap, fieldMap2);
        foreach (var referencedName in referenced)
        {
            if (IsCompared(referencedName, fragmentName, mutuallyExclusive))
            {
                continue;
            }

            MarkCompared(referencedName, fragmentName, mutuallyExclusive);
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, referencedName);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2 || IsCompared(name1, name2, mutuallyExclusive))
        {
            return;
        }

        MarkCompared(name1, name2, mutuallyExclusive);
        if (_context.GetFragment(name1) is not { } fragment1 || _context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
        var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var referenced in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, referenced);
        }

        foreach (var referenced in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced, name2);
        }
    }

    // PairSet semantics: a pair compared as "not mutually exclusive" also covers the exclusive case.
    private bool IsCompared(string a, string b, bool mutuallyExclusive)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        return _comparedFragmentPairs.TryGetValue(key, out var compared) && (mutuallyExclusive || !compared);
    }

    private void MarkCompared(string a, string b, bool mutuallyExclusive)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        _comparedFragmentPairs[key] = mutuallyExclusive;
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, name);
        }

        foreach (var name in fragmentNames1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, name);
        }

        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
        GetFieldsAndFragmentNames(Values.TypeFromAst(_context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);
}
