using System.Text;

namespace DataInclusion.Host.Api;

/// <summary>Opaque Relay cursors: the base64 of the row's id, so pages are keyset-based and stable under inserts.</summary>
internal static class Cursor
{
    private const string Prefix = "id:";

    public static string Encode(string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + id));

    /// <summary>The id in the cursor, or null when it is not one of ours.</summary>
    public static string? Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
