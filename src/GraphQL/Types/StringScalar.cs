using System.Globalization;
using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>String: UTF-8 text (GraphQL spec §3.5.3). Dates, GUIDs and CLR enums serialise to their usual text.</summary>
internal sealed class StringScalar() : ScalarType(
    "String",
    "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object? Serialize(object value)
    {
        switch (value)
        {
            case string:
                return value;
            case System.Text.Json.JsonElement element:
                var clr = JsonValues.ToClr(element);
                return clr is null ? throw new GraphQLException("String cannot represent value: null") : Serialize(clr);
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
            case Guid g:
                return g.ToString();
            case DateTime dt:
                return dt.ToString("O", CultureInfo.InvariantCulture);
            case DateTimeOffset dto:
                return dto.ToString("O", CultureInfo.InvariantCulture);
            case DateOnly d:
                return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case Enum e:
                return e.ToString();
        }

        if (NumberCoercion.TryGetDouble(value, out var number) && double.IsFinite(number))
        {
            return Inspect.Number(number);
        }

        throw new GraphQLException("String cannot represent value: " + Inspect.Value(value));
    }

    public override object? ParseValue(object value) =>
        value as string ?? throw new GraphQLException("String cannot represent a non string value: " + Inspect.Value(value));

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
        value is StringValueNode s ? s.Value : throw new GraphQLException("String cannot represent a non string value: " + Printer.Print(value));
}
