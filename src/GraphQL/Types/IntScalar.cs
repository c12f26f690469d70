using System.Globalization;
using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>Int: a signed 32-bit integer (GraphQL spec §3.5.1).</summary>
internal sealed class IntScalar() : ScalarType(
    "Int",
    "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override object? Serialize(object value)
    {
        if (value is int)
        {
            return value;
        }

        value = value is System.Text.Json.JsonElement element ? JsonValues.ToClr(element) ?? "null" : value;
        if (value is bool b)
        {
            return b ? 1 : 0;
        }

        if (value is string s)
        {
            if (!NumberCoercion.TryParseJsNumber(s, out var parsed) || parsed != Math.Floor(parsed))
            {
                throw new GraphQLException("Int cannot represent non-integer value: " + Inspect.Value(s));
            }

            return FromNumber(parsed, parsed);
        }

        if (NumberCoercion.TryGetDouble(value, out var number))
        {
            return FromNumber(number, value);
        }

        throw new GraphQLException("Int cannot represent non-integer value: " + Inspect.Value(value));
    }

    public override object? ParseValue(object value)
    {
        if (value is int)
        {
            return value;
        }

        if (value is not bool && NumberCoercion.TryGetDouble(value, out var number))
        {
            return FromNumber(number, value);
        }

        throw new GraphQLException("Int cannot represent non-integer value: " + Inspect.Value(value));
    }

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables)
    {
        if (value is not IntValueNode node)
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + Printer.Print(value));
        }

        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + node.Value);
        }

        return result;
    }

    private static int FromNumber(double number, object original)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || number != Math.Floor(number))
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + Inspect.Value(original));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(original));
        }

        return (int)number;
    }
}
