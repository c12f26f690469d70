using System.Globalization;
using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>Float: an IEEE 754 double (GraphQL spec §3.5.2).</summary>
internal sealed class FloatScalar() : ScalarType(
    "Float",
    "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object? Serialize(object value)
    {
        value = value is System.Text.Json.JsonElement element ? JsonValues.ToClr(element) ?? "null" : value;
        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        if (value is string s)
        {
            if (!NumberCoercion.TryParseJsNumber(s, out var parsed))
            {
                throw new GraphQLException("Float cannot represent non numeric value: " + Inspect.Value(s));
            }

            return parsed;
        }

        if (NumberCoercion.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new GraphQLException("Float cannot represent non numeric value: " + Inspect.Value(value));
    }

    public override object? ParseValue(object value)
    {
        if (value is not bool && NumberCoercion.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new GraphQLException("Float cannot represent non numeric value: " + Inspect.Value(value));
    }

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) => value switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException("Float cannot represent non numeric value: " + Printer.Print(value)),
    };
}
