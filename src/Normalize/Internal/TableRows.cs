namespace DataInclusion.Normalize.Internal;

/// <summary>
/// The rows of a CSV file or a sheet: each with its line (header = 1) and its cells by column name, and the column
/// letter of each name, so that a finding can point at a cell. A CSV file's rows are read as they are enumerated (its
/// letters are filled when the header is read, before the first row comes out).
/// </summary>
internal sealed record TableRows(IReadOnlyDictionary<string, string> ColumnLetters, IEnumerable<(int Line, Dictionary<string, string?> Row)> Rows)
{
    /// <summary>Column letters keyed by lower-case trimmed header, as <see cref="TabularRecord"/> reads field names.</summary>
    public static Dictionary<string, string> Letters(IEnumerable<(string Header, string Letter)> columns)
    {
        var letters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (header, letter) in columns)
        {
            letters.TryAdd(header.Trim().ToLowerInvariant(), letter);
        }

        return letters;
    }
}
