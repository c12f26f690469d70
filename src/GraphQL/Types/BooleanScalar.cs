using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>Boolean: true or false (GraphQL spec §3.5.4).</summary>
internal sealed class BooleanScalar() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    public override object? Serialize(object value)
    {
        value = value is System.Text.Json.JsonElement element ? JsonValues.ToClr(element) ?? "null" : value;
        if (value is bool)
        {
            return value;
        }

        if (NumberCoercion.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new GraphQLException("Boolean cannot represent a non boolean value: " + Inspect.Value(value));
    }

    public override object? ParseValue(object value) =>
        value is bool ? value : throw new GraphQLException("Boolean cannot represent a non boolean value: " + Inspect.Value(value));

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
        value is BooleanValueNode b ? b.Value : throw new GraphQLException("Boolean cannot represent a non boolean value: " + Printer.Print(value));
}
