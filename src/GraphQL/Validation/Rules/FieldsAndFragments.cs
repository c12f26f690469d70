namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>The fields of a selection set by response name, and the fragment names it spreads.</summary>
internal sealed record FieldsAndFragments(FieldMap FieldMap, List<string> FragmentNames);
