using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.2.3 Fragment spread is possible.</summary>
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode:
                if (context.TypeInfo.Type is NamedType { IsComposite: true } fragmentType
                    && context.TypeInfo.ParentType is { IsComposite: true } parentType
                    && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
                {
                    context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                        node);
                }

                break;
            case FragmentSpreadNode spread:
                if (context.GetFragment(spread.Name.Value) is { } fragment
                    && Values.TypeFromAst(context.Schema, fragment.TypeCondition) is NamedType { IsComposite: true } spreadType
                    && context.TypeInfo.ParentType is { IsComposite: true } parent
                    && !TypeComparators.DoTypesOverlap(context.Schema, spreadType, parent))
                {
                    context.ReportError(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{spreadType.Name}\".",
                        spread);
                }

                break;
        }
    }
}
