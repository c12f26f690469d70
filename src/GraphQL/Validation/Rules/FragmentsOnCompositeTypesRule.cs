using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.3 Fragments On Composite Types.</summary>
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(context, condition):
                context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(context, fragment.TypeCondition):
                context.ReportError(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    fragment.TypeCondition);
                break;
        }
    }

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition) =>
        Values.TypeFromAst(context.Schema, condition) is NamedType { IsComposite: false };
}
