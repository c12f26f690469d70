using System.Globalization;
using System.Text;

namespace DataInclusion.Host.Api;

/// <summary>
/// Opaque Relay cursors. Lists: the base64 of the row's id, so pages are keyset-based and a cursor stays valid across a
/// republication (it names a position in id order, not an offset). Searches: the row's sort key and id, the keyset of
/// their order (distance then id, or score then id).
/// </summary>
internal static class Cursor
{
    private const string Prefix = "id:";
    private const string KeyPrefix = "key:";

    public static string Encode(string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + id));

    /// <summary>The id in the cursor, or null when it is not one of ours.</summary>
    public static string? Decode(string cursor) => Text(cursor) is { } text && text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..] : null;

    /// <summary>A search cursor: the sort key (null sorts last) and the id; "R" keeps the double exact.</summary>
    public static string Encode(double? key, string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        KeyPrefix + (key?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty) + "|" + id));

    public static (double? Key, string Id)? DecodeKeyed(string cursor)
    {
        var text = Text(cursor);
        var bar = text?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        if (text is null || bar < 0 || !text.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var key = text[KeyPrefix.Length..bar];
        if (key.Length == 0)
        {
            return (null, text[(bar + 1)..]);
        }

        return double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (value, text[(bar + 1)..]) : null;
    }

    private static string? Text(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
