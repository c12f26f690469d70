using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>One textual form for a value read by any reader, so records from different formats compare field by field.</summary>
internal static class DumpText
{
    public static string? Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Array => value.GetArrayLength() == 0 ? null : string.Join(",", value.EnumerateArray().Select(v => v.GetString())),
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetString(),
    };

    public static string? Of(object? value) => value switch
    {
        null or DBNull => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        int or long or decimal or float => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(",", list.Cast<object>()) is { Length: > 0 } joined ? joined : null,
        _ => value.ToString(),
    };

    /// <summary>What a spreadsheet cell of free text must hold: the text, behind an apostrophe when it starts like a formula.</summary>
    public static string? Neutralised(string field, string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !(field == "telephone" && text.Skip(1).All(c => char.IsAsciiDigit(c) || c == ' '))
            ? "'" + text
            : text;
}
