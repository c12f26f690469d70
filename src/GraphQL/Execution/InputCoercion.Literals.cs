using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>Input coercion of literals (graphql-js coerceInputLiteral): returns <see cref="InputCoercion.Invalid"/> when invalid.</summary>
internal static partial class InputCoercion
{
    /// <summary>Marks a variable that was not provided (the value is then treated as absent).</summary>
    public static readonly object Undefined = new();

    public static object? CoerceLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                return Undefined;
            }

            return value is null && type is NonNullType ? Invalid : value;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                return Invalid;
            }

            var inner = CoerceLiteral(node, nonNull.OfType, variables);
            return ReferenceEquals(inner, Undefined) ? Invalid : inner;
        }

        if (node is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode items)
                {
                    var result = new List<object?>(items.Values.Count);
                    foreach (var item in items.Values)
                    {
                        var coerced = CoerceLiteral(item, list.OfType, variables);
                        if (ReferenceEquals(coerced, Invalid))
                        {
                            return Invalid;
                        }

                        // §3.11 a missing variable inside a list is null.
                        result.Add(ReferenceEquals(coerced, Undefined) ? null : coerced);
                    }

                    return result;
                }

                var single = CoerceLiteral(node, list.OfType, variables);
                return ReferenceEquals(single, Invalid) || ReferenceEquals(single, Undefined) ? Invalid : new List<object?> { single };
            case InputObjectType input:
                return CoerceObjectLiteral(node, input, variables);
            case EnumType enumType:
                try
                {
                    return enumType.ParseLiteral(node);
                }
                catch (GraphQLException)
                {
                    return Invalid;
                }

            default:
                try
                {
                    return ((ScalarType)type).ParseLiteral(node, variables);
                }
#pragma warning disable CA1031 // Any scalar failure means the literal is invalid.
                catch (Exception)
#pragma warning restore CA1031
                {
                    return Invalid;
                }
        }
    }

    private static object? CoerceObjectLiteral(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode obj)
        {
            return Invalid;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fieldNode in obj.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                return Invalid;
            }
        }

        foreach (var field in type.Fields.Values)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in obj.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }

            var value = fieldNode is null ? Undefined : CoerceLiteral(fieldNode.Value, field.Type, variables);
            if (ReferenceEquals(value, Invalid))
            {
                return Invalid;
            }

            if (ReferenceEquals(value, Undefined))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = CoerceDefault(field);
                }
                else if (field.Type is NonNullType)
                {
                    return Invalid;
                }

                continue;
            }

            result[field.Name] = value;
        }

        if (type.IsOneOf && (obj.Fields.Count != 1 || result.Count != 1 || result.Values.First() is null))
        {
            return Invalid;
        }

        return result;
    }
}
