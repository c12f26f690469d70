using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.7.3 Directives Are Unique Per Location (unless repeatable).</summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        var directives = node switch
        {
            OperationDefinitionNode n => n.Directives,
            SelectionNode n => n.Directives,
            FragmentDefinitionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            _ => null,
        };
        if (directives is not { Count: > 1 })
        {
            return;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }
}
