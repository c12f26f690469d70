using System.Globalization;
using DataInclusion.GraphQL;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.Host.Api;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 date-time with its offset (a bare date means its midnight UTC), read as a
/// <see cref="DateTimeOffset"/>; written back in UTC, "O" format.
/// </summary>
internal sealed class DateTimeScalar() : ScalarType("DateTime", null, "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")
{
    private static readonly string[] s_formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd"];

    public override object? Serialize(object value) => value switch
    {
        DateTimeOffset offset => offset.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        DateTime date => date.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        string text => text,
        _ => throw new GraphQLException($"DateTime cannot represent {value}."),
    };

    public override object? ParseValue(object value) => value is string text ? Parse(text) : throw Invalid(value.ToString());

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
        value is StringValueNode text ? Parse(text.Value) : throw Invalid(value.ToString());

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw Invalid(text);

    private static GraphQLException Invalid(string? text) =>
        new($"« {text} » n’est pas une date-heure RFC 3339 (ex. 2026-12-01T08:00:00Z ou 2026-12-01).");
}
