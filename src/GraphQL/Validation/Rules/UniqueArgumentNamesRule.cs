using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.4.2 Argument Uniqueness.</summary>
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is not { Count: > 1 })
        {
            return;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.ToList();
            if (nodes.Count > 1)
            {
                context.ReportError($"There can be only one argument named \"{group.Key}\".", [.. nodes.Select(n => n.Name)]);
            }
        }
    }
}
