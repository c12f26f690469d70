using System.Globalization;

namespace DataInclusion.Host.OpenData;

/// <summary>The one textual form of each value kind, shared by the text formats (csv cells, list joins, dates).</summary>
internal static class DumpValues
{
    /// <summary>The v1 feed reader's convention for lists in one cell: comma-separated.</summary>
    public const string ListSeparator = ",";

    public static string Text(object value) => value switch
    {
        string text => text,
        string[] list => string.Join(ListSeparator, list),
        DateOnly date => Date(date),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        int integer => integer.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unexpected dump value {value.GetType()}.", nameof(value)),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
