namespace DataInclusion.Normalize;

/// <summary>
/// Where a record sits in what the producer sent: the document, the sheet of a workbook, the line (spreadsheet row or
/// text line, header = 1) or the index in a JSON array, and the column letter of each field of a table.
/// </summary>
public sealed record RecordLocation(string Document, string? Sheet, int? Line, int? Index, IReadOnlyDictionary<string, string>? Columns = null)
{
    /// <summary>The spreadsheet column (A, B… AA) holding <paramref name="field"/> (<c>publics[2]</c> → <c>publics</c>), or null.</summary>
    public string? ColumnOf(string field)
    {
        var end = field.IndexOfAny(['[', '.']);
        var name = end < 0 ? field : field[..end];
        return Columns is not null && Columns.TryGetValue(name, out var column) ? column : null;
    }

    /// <summary>The cell a producer opens, e.g. <c>Services!G12</c> (<c>G12</c> in a CSV file), or null outside a table.</summary>
    public string? CellOf(string field) =>
        Line is { } line && ColumnOf(field) is { } column ? (Sheet is null ? $"{column}{line}" : $"{Sheet}!{column}{line}") : null;

    /// <summary>The locator used in run reports: <c>file!Sheet:ligne N</c>, <c>file:ligne N</c> or <c>file[index]</c>.</summary>
    public override string ToString()
    {
        var name = Sheet is null ? Document : $"{Document}!{Sheet}";
        return Line is { } line ? $"{name}:ligne {line}" : $"{name}[{Index ?? 0}]";
    }

    /// <summary>Spreadsheet column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
