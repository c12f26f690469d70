using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.8.2 Variables Are Input Types.</summary>
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is VariableDefinitionNode definition && Values.TypeFromAst(context.Schema, definition.Type) is { IsInputType: false })
        {
            context.ReportError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                definition.Type);
        }
    }
}
