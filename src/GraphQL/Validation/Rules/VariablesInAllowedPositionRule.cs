using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.8.5 All Variable Usages Are Allowed.</summary>
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override void Leave(AstNode node, ValidationContext context)
    {
        // A usage is checked against its definition: without definitions there is nothing to check.
        if (node is not OperationDefinitionNode operation || operation.VariableDefinitions.Count == 0)
        {
            return;
        }

        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }

        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is null
                || Values.TypeFromAst(context.Schema, definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{Printer.Print(definition.Type)}\" used in position expecting type \"{usage.Type}\".",
                    definition,
                    usage.Node);
            }
            else if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    // §5.8.5 AreTypesCompatible, with the nullable-position allowance for default values.
    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNull && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNull.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
