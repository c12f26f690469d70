using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.8.4 All Variables Used.</summary>
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        // Without variable definitions there is nothing unused: skip collecting the usages.
        if (node is not OperationDefinitionNode operation || operation.VariableDefinitions.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
