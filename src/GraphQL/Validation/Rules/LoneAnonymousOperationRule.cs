using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.2.2.1 Lone Anonymous Operation.</summary>
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    internal override void Reset() => _operationCount = 0;

    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is DocumentNode document)
        {
            // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
            for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
            {
                var definition = document.Definitions[definitionIndex];
                if (definition is OperationDefinitionNode)
                {
                    _operationCount++;
                }
            }
        }
        else if (node is OperationDefinitionNode { Name: null } && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
