using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.2.4 (October 2021 +) Operation Type Existence: the schema must have the operation's root type.</summary>
internal sealed class KnownOperationTypesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode operation && context.Schema.GetRootType(operation.Operation) is null)
        {
            context.ReportError($"The {Printer.OperationName(operation.Operation)} operation is not supported by the schema.", operation);
        }
    }
}
