using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DataInclusion.GraphQL.Internal;

/// <summary>Renders runtime values in error messages the way graphql-js <c>inspect</c> renders JavaScript values.</summary>
internal static class Inspect
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Value(object? value) => Format(value, 0);

    /// <summary>Formats a number as JavaScript's <c>String(n)</c> does for the common cases.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        var exponent = text[(e + 1)..];
        return text[..e] + "e" + (exponent.StartsWith('-') ? exponent : "+" + exponent.TrimStart('+'));
    }

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonSerializer.Serialize(s);
            case bool b:
                return b ? "true" : "false";
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case double d:
                return Number(d);
            case float f:
                return Number(f);
            case decimal m:
                return Number((double)m);
            case JsonElement element:
                return Format(JsonValues.ToClr(element), depth);
            case IDictionary<string, object?> dictionary:
                return FormatObject(dictionary, depth);
            case IReadOnlyDictionary<string, object?> dictionary:
                return FormatObject(dictionary, depth);
            case IEnumerable enumerable:
                return FormatList(enumerable, depth);
            default:
                return value.ToString() ?? "null";
        }
    }

    private static string FormatObject(IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return "{}";
        }

        if (depth > MaxDepth)
        {
            return "[Object]";
        }

        var builder = new StringBuilder("{ ");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(list[i].Key).Append(": ").Append(Format(list[i].Value, depth + 1));
        }

        return builder.Append(" }").ToString();
    }

    private static string FormatList(IEnumerable items, int depth)
    {
        var list = items.Cast<object?>().ToList();
        if (list.Count == 0)
        {
            return "[]";
        }

        if (depth > MaxDepth)
        {
            return "[Array]";
        }

        var shown = Math.Min(MaxItems, list.Count);
        var parts = new List<string>(shown + 1);
        for (var i = 0; i < shown; i++)
        {
            parts.Add(Format(list[i], depth + 1));
        }

        if (list.Count > MaxItems)
        {
            var remaining = list.Count - MaxItems;
            parts.Add(remaining == 1 ? "... 1 more item" : $"... {remaining} more items");
        }

        return "[" + string.Join(", ", parts) + "]";
    }
}
