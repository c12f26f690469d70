using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>Directive definitions, root operation types, arguments and applied-directive helpers.</summary>
public sealed partial class SchemaBuilder
{
    private static List<DirectiveDefinition> BuildDirectives(BuildContext context)
    {
        var directives = new List<DirectiveDefinition>();
        foreach (var node in context.DirectiveDefinitions.Values)
        {
            if (node.Name.Value is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf")
            {
                context.Error($"Directive \"@{node.Name.Value}\" already exists in the schema. It cannot be redefined.", node.Name);
                continue;
            }

            directives.Add(new DirectiveDefinition(node.Name.Value, node.Locations.Select(l => l.Value).ToList())
            {
                Description = node.Description?.Value,
                Arguments = BuildArguments(context, node.Arguments),
                IsRepeatable = node.Repeatable,
                DeprecationReason = DeprecationReason(node.Directives),
                Definition = node,
            });
        }

        directives.AddRange(BuiltInDirectives.All);
        return directives;
    }

    private static (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes(BuildContext context)
    {
        var operationTypes = new List<OperationTypeDefinitionNode>();
        if (context.SchemaDefinition is not null)
        {
            operationTypes.AddRange(context.SchemaDefinition.OperationTypes);
        }

        foreach (var extension in context.SchemaExtensions)
        {
            operationTypes.AddRange(extension.OperationTypes);
        }

        ObjectType? query = null, mutation = null, subscription = null;
        if (context.SchemaDefinition is null && operationTypes.Count == 0)
        {
            // §3.3.1 Default root operation type names.
            query = context.Types.GetValueOrDefault("Query") as ObjectType;
            mutation = context.Types.GetValueOrDefault("Mutation") as ObjectType;
            subscription = context.Types.GetValueOrDefault("Subscription") as ObjectType;
        }

        var seen = new HashSet<OperationType>();
        foreach (var node in operationTypes)
        {
            if (!seen.Add(node.Operation))
            {
                context.Error($"There can be only one {Language.Printer.OperationName(node.Operation)} type in schema.", node);
                continue;
            }

            var type = context.ResolveType(node.Type);
            if (type is null)
            {
                continue;
            }

            if (type is not ObjectType obj)
            {
                var word = Language.Printer.OperationName(node.Operation);
                context.Error($"{char.ToUpperInvariant(word[0])}{word[1..]} root type must be Object type{(node.Operation == OperationType.Query ? string.Empty : " if provided")}, it cannot be {type}.", node.Type);
                continue;
            }

            switch (node.Operation)
            {
                case OperationType.Query: query = obj; break;
                case OperationType.Mutation: mutation = obj; break;
                default: subscription = obj; break;
            }
        }

        if (query is null)
        {
            context.Error("Query root type must be provided.", context.SchemaDefinition);
        }

        return (query, mutation, subscription);
    }

    private static List<InputValueDefinition> BuildArguments(BuildContext context, IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var arguments = new List<InputValueDefinition>(nodes.Count);
        foreach (var node in nodes)
        {
            var argument = BuildInputValue(context, node);
            if (argument is null)
            {
                continue;
            }

            if (arguments.Exists(a => a.Name == argument.Name))
            {
                context.Error($"Argument \"{node.Name.Value}\" can only be defined once.", node.Name);
                continue;
            }

            arguments.Add(argument);
        }

        return arguments;
    }

    private static InputValueDefinition? BuildInputValue(BuildContext context, InputValueDefinitionNode node)
    {
        var type = context.ResolveType(node.Type);
        return type is null
            ? null
            : new InputValueDefinition(node.Name.Value, type)
            {
                Description = node.Description?.Value,
                DefaultValue = node.DefaultValue,
                DeprecationReason = DeprecationReason(node.Directives),
                Definition = node,
            };
    }

    /// <summary>§3.13.3 @deprecated: the reason, or the default reason when the argument is omitted.</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = FindDirective(directives, "deprecated");
        return deprecated is null ? null : ArgumentString(deprecated, "reason") ?? BuiltInDirectives.DefaultDeprecationReason;
    }

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    private static string? ArgumentString(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name && argument.Value is StringValueNode value)
            {
                return value.Value;
            }
        }

        return null;
    }
}
