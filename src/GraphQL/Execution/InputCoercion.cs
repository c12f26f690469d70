using System.Collections;
using System.Text.Json;
using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// Input coercion of runtime values, i.e. variables (GraphQL spec §3.5 – §3.10 "Input Coercion"); errors are
/// reported with a path and worded as graphql-js 17 validateInputValue.
/// </summary>
internal static partial class InputCoercion
{
    /// <summary>Marks a value that could not be coerced (its errors were reported).</summary>
    public static readonly object Invalid = new();

    public delegate void ErrorSink(string message, string path);

    public static object? CoerceInputValue(object? value, GraphQLType type, ErrorSink onError, string path = "")
    {
        if (value is JsonElement element)
        {
            value = JsonValues.ToClr(element);
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path);
                return Invalid;
            }

            return CoerceInputValue(value, nonNull.OfType, onError, path);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary<string, object?> and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var invalid = false;
                    var index = 0;
                    foreach (var item in items)
                    {
                        var coerced = CoerceInputValue(item, list.OfType, onError, path + "[" + index++ + "]");
                        invalid |= ReferenceEquals(coerced, Invalid);
                        result.Add(coerced);
                    }

                    return invalid ? Invalid : result;
                }

                var single = CoerceInputValue(value, list.OfType, onError, path);
                return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { single };
            case InputObjectType input:
                return CoerceInputObject(value, input, onError, path);
            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLException exception)
                {
                    onError(exception.Error.Message, path);
                    return Invalid;
                }

            default:
                return CoerceScalar(value, (ScalarType)type, onError, path);
        }
    }

    private static object? CoerceScalar(object value, ScalarType scalar, ErrorSink onError, string path)
    {
        try
        {
            return scalar.ParseValue(value);
        }
        catch (GraphQLException exception)
        {
            onError(exception.Error.Message, path);
        }
#pragma warning disable CA1031 // A custom scalar's failure of any kind is an invalid input, reported as data.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            onError($"Expected value of type \"{scalar.Name}\", but encountered error \"{exception.Message}\"; found: {Inspect.Value(value)}.", path);
        }

        return Invalid;
    }

    private static object? CoerceInputObject(object value, InputObjectType type, ErrorSink onError, string path)
    {
        var fields = value switch
        {
            IReadOnlyDictionary<string, object?> readOnly => readOnly,
            IDictionary<string, object?> dictionary => dictionary.AsReadOnly(),
            _ => null,
        };
        if (fields is null)
        {
            onError($"Expected value of type \"{type.Name}\" to be an object, found: {Inspect.Value(value)}.", path);
            return Invalid;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var invalid = false;
        foreach (var field in type.Fields.Values)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = CoerceDefault(field);
                }
                else if (field.Type is NonNullType)
                {
                    onError($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Inspect.Value(value)}.", path);
                    invalid = true;
                }

                continue;
            }

            var coerced = CoerceInputValue(fieldValue, field.Type, onError, path + "." + field.Name);
            invalid |= ReferenceEquals(coerced, Invalid);
            result[field.Name] = coerced;
        }

        var provided = new List<string>();
        foreach (var key in fields.Keys)
        {
            if (type.GetField(key) is null)
            {
                var suggestion = Suggestions.DidYouMean(Suggestions.List(key, type.Fields.Keys));
                onError(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{key}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Inspect.Value(value)}.",
                    path);
                invalid = true;
                continue;
            }

            provided.Add(key);
        }

        if (type.IsOneOf)
        {
            if (provided.Count != 1)
            {
                onError(OneOfMessage(type), path);
                invalid = true;
            }
            else if (fields[provided[0]] is null)
            {
                onError(OneOfMessage(type), path + "." + provided[0]);
                invalid = true;
            }
        }

        return invalid ? Invalid : result;
    }

    public static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>The coerced default value of an argument or input field (computed once).</summary>
    public static object? CoerceDefault(InputValueDefinition definition)
    {
        if (!definition.DefaultCoerced)
        {
            var value = definition.DefaultValue is null ? null : CoerceLiteral(definition.DefaultValue, definition.Type, null);
            definition.CoercedDefault = ReferenceEquals(value, Invalid) ? null : value;
            definition.DefaultCoerced = true;
        }

        return definition.CoercedDefault;
    }
}
