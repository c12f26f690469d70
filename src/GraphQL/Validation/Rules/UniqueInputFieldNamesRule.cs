using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.6.3 Input Object Field Uniqueness.</summary>
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is not ObjectValueNode { Fields.Count: > 1 } value)
        {
            return;
        }

        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in value.Fields)
        {
            if (known.TryGetValue(field.Name.Value, out var first))
            {
                context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
            }
            else
            {
                known[field.Name.Value] = field.Name;
            }
        }
    }
}
