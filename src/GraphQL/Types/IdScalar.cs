using System.Globalization;
using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>ID: an opaque identifier serialised as a string; accepts strings and integers as input (GraphQL spec §3.5.5).</summary>
internal sealed class IdScalar() : ScalarType(
    "ID",
    "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object? Serialize(object value)
    {
        value = value is System.Text.Json.JsonElement element ? JsonValues.ToClr(element) ?? "null" : value;
        return value switch
        {
            string => value,
            Guid g => g.ToString(),
            _ => FromNumber(value) ?? throw new GraphQLException("ID cannot represent value: " + Inspect.Value(value)),
        };
    }

    public override object? ParseValue(object value) => value switch
    {
        string => value,
        _ => FromNumber(value) ?? throw new GraphQLException("ID cannot represent value: " + Inspect.Value(value)),
    };

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) => value switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLException("ID cannot represent a non-string and non-integer value: " + Printer.Print(value)),
    };

    private static string? FromNumber(object value) => value switch
    {
        bool => null,
        // Integers print exactly: going through double would round past 15 significant digits (2^53-1 became ...990).
        int or long or short or sbyte or byte or ushort or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ when NumberCoercion.TryGetDouble(value, out var number) && double.IsFinite(number) && number == Math.Floor(number) =>
            Math.Abs(number) < 1e28 ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };
}
