using System.Globalization;

namespace DataInclusion.GraphQL.Types;

/// <summary>Numeric conversions shared by the built-in scalars.</summary>
internal static class NumberCoercion
{
    /// <summary>Reads any CLR number as a double; false for non-numbers.</summary>
    public static bool TryGetDouble(object value, out double result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case double d: result = d; return true;
            case float f: result = f; return true;
            case decimal m: result = (double)m; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case uint ui: result = ui; return true;
            case ulong ul: result = ul; return true;
            case ushort us: result = us; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>JavaScript Number(string) for decimal text; false when not a number.</summary>
    public static bool TryParseJsNumber(string text, out double result)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            result = 0;
            return false;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }
}
