using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.2 Fragment Spread Type Existence and §5.8.2 variable types: named types must exist.</summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is NamedTypeNode named && context.Schema.GetType(named.Name.Value) is null)
        {
            var suggestions = Suggestions.List(named.Name.Value, context.Schema.Types.Keys);
            context.ReportError($"Unknown type \"{named.Name.Value}\"." + Suggestions.DidYouMean(suggestions), named);
        }
    }
}
