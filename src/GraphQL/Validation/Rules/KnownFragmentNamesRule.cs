using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.2.1 Fragment spread target defined.</summary>
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }
    }
}
