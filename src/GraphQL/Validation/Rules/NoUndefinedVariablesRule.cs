using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.8.3 All Variable Uses Defined.</summary>
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(operation);
        if (usages.Count == 0)
        {
            return;
        }

        var defined = new HashSet<string>(operation.VariableDefinitions.Select(d => d.Variable.Name.Value), StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    operation);
            }
        }
    }
}
