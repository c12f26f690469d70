using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>GraphQL spec §6.1.2 CoerceVariableValues and §6.4.1 CoerceArgumentValues.</summary>
internal static class Values
{
    private static readonly IReadOnlyDictionary<string, object?> s_empty = new Dictionary<string, object?>();

    /// <summary>§6.1.2 CoerceVariableValues: errors are worded as graphql-js 17 and located at the variable definition.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> inputs,
        List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return s_empty;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    Locations(definition.Type)));
                continue;
            }

            var location = Locations(definition);
            if (!inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    var defaultValue = InputCoercion.CoerceLiteral(definition.DefaultValue, type, null);
                    if (ReferenceEquals(defaultValue, InputCoercion.Invalid))
                    {
                        errors.Add(new GraphQLError($"Variable \"${name}\" has invalid default value: {Printer.Print(definition.DefaultValue)}.", location));
                    }
                    else
                    {
                        coerced[name] = defaultValue;
                    }

                    continue;
                }

                if (type is NonNullType)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.", location));
                }

                continue;
            }

            var result = InputCoercion.CoerceInputValue(
                value,
                type,
                (message, path) => errors.Add(new GraphQLError($"Variable \"${name}\" has invalid value{(path.Length > 0 ? " at " + path : string.Empty)}: {message}", location)));
            if (!ReferenceEquals(result, InputCoercion.Invalid))
            {
                coerced[name] = result;
            }
        }

        return coerced;
    }

    /// <summary>§6.4.1 CoerceArgumentValues; throws <see cref="GraphQLException"/> located at the offending node.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables,
        AstNode node,
        string coordinate)
    {
        if (definitions.Count == 0)
        {
            return s_empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == definition.Name)
                {
                    argument = candidate;
                    break;
                }
            }

            var label = $"Argument \"{coordinate}({definition.Name}:)\"";
            var value = argument is null ? InputCoercion.Undefined : InputCoercion.CoerceLiteral(argument.Value, definition.Type, variables);
            if (ReferenceEquals(value, InputCoercion.Undefined))
            {
                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = InputCoercion.CoerceDefault(definition);
                }
                else if (definition.Type is NonNullType)
                {
                    throw Located($"{label} of required type \"{definition.Type}\" was not provided.", argument?.Value ?? node);
                }

                continue;
            }

            if (ReferenceEquals(value, InputCoercion.Invalid))
            {
                throw Located($"{label} has invalid value: {Printer.Print(argument!.Value)}.", argument.Value);
            }

            coerced[definition.Name] = value;
        }

        return coerced;
    }

    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static GraphQLException Located(string message, AstNode node) => new(new GraphQLError(message, Locations(node)));

    private static SourceLocation[] Locations(AstNode node) => node.Location is { } location ? [location] : [];
}
