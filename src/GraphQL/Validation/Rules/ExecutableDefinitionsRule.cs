using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.1.1 Executable Definitions.</summary>
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                TypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "schema",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
