using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.3.1 Field Selections: the field must exist on the parent type.</summary>
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.ParentType is not { } parentType || context.TypeInfo.FieldDefinition is not null)
        {
            return;
        }

        var name = field.Name.Value;
        var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(context.Schema, parentType, name), "to use an inline fragment on");
        if (suggestion.Length == 0 && parentType is ComplexType complex)
        {
            suggestion = Suggestions.DidYouMean(Suggestions.List(name, complex.Fields.Keys));
        }

        context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\"." + suggestion, field);
    }

    // Object and interface types that have the field, most used first (graphql-js getSuggestedTypeNames).
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstract)
        {
            return [];
        }

        var suggested = new List<ComplexType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            if (!suggested.Contains(possible))
            {
                suggested.Add(possible);
            }

            usage[possible.Name] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!suggested.Contains(iface))
                {
                    suggested.Add(iface);
                }

                usage[iface.Name] = usage.GetValueOrDefault(iface.Name) + 1;
            }
        }

        JsSort.Sort(suggested, (a, b) =>
        {
            var diff = usage[b.Name] - usage[a.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return suggested.ConvertAll(t => t.Name);
    }
}
