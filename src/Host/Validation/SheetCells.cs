using DocumentFormat.OpenXml.Spreadsheet;

namespace DataInclusion.Host.Validation;

/// <summary>Finding or creating rows and cells of a worksheet in the order SpreadsheetML requires (rows by index, cells by column).</summary>
internal static class SheetCells
{
    public static Row RowAt(SheetData sheetData, uint index)
    {
        Row? after = null;
        foreach (var row in sheetData.Elements<Row>())
        {
            var rowIndex = row.RowIndex?.Value ?? 0;
            if (rowIndex == index)
            {
                return row;
            }

            if (rowIndex > index)
            {
                return sheetData.InsertBefore(new Row { RowIndex = index }, row);
            }

            after = row;
        }

        return after is null ? sheetData.AppendChild(new Row { RowIndex = index }) : sheetData.InsertAfter(new Row { RowIndex = index }, after);
    }

    public static Cell CellAt(Row row, string reference)
    {
        var column = ColumnIndex(reference);
        foreach (var cell in row.Elements<Cell>())
        {
            var existing = cell.CellReference?.Value is { } r ? ColumnIndex(r) : -1;
            if (existing == column)
            {
                return cell;
            }

            if (existing > column)
            {
                return row.InsertBefore(new Cell { CellReference = reference }, cell);
            }
        }

        return row.AppendChild(new Cell { CellReference = reference });
    }

    public static void SetText(Cell cell, string text)
    {
        cell.RemoveAllChildren();
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
    }

    /// <summary>The 0-based index of the last column holding a cell in any row, or -1.</summary>
    public static int LastColumn(SheetData sheetData) =>
        sheetData.Elements<Row>().SelectMany(r => r.Elements<Cell>())
            .Select(c => c.CellReference?.Value is { } r ? ColumnIndex(r) : -1).DefaultIfEmpty(-1).Max();

    /// <summary>0-based column of a reference: A1 → 0, AB12 → 27.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    public static string ColumnLetters(int index) => Normalize.RecordLocation.ColumnLetters(index);
}
