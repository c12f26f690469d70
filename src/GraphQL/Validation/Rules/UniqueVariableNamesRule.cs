using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.8.1 Variable Uniqueness.</summary>
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var groups = new OrderedDictionary<string, List<VariableDefinitionNode>>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!groups.TryGetValue(name, out var list))
            {
                groups.Add(name, list = []);
            }

            list.Add(definition);
        }

        foreach (var (name, definitions) in groups)
        {
            if (definitions.Count > 1)
            {
                context.ReportError($"There can be only one variable named \"${name}\".", [.. definitions.Select(d => d.Variable.Name)]);
            }
        }
    }
}
