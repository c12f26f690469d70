using DataInclusion.Normalize.Validation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DataInclusion.Host.Validation;

/// <summary>
/// The producer's own workbook given back annotated: each faulty cell filled in red, and on each sheet a last column
/// « Résultat de la validation » listing the findings of its row. Everything else of the workbook is left as it was.
/// </summary>
internal static class AnnotatedWorkbook
{
    public const string ColumnTitle = "Résultat de la validation";

    /// <param name="workbook">The workbook as received (already opened safely by the validator).</param>
    /// <param name="file">The file name the findings carry.</param>
    public static byte[] Write(ReadOnlyMemory<byte> workbook, string file, IReadOnlyList<Finding> findings)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook.Span);
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var styles = new HighlightStyles(workbookPart);
            foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var sheetFindings = findings.Where(f => f.File == file && f.Sheet == sheet.Name?.Value && f.Line is not null).ToList();
                if (sheetFindings.Count > 0 && sheet.Id?.Value is { } id && workbookPart.GetPartById(id) is WorksheetPart part)
                {
                    Annotate(part.Worksheet, sheetFindings, styles);
                }
            }

            styles.Save();
        }

        return stream.ToArray();
    }

    private static void Annotate(Worksheet worksheet, List<Finding> findings, HighlightStyles styles)
    {
        var sheetData = worksheet.GetFirstChild<SheetData>() ?? worksheet.AppendChild(new SheetData());
        // The dimension would no longer cover the new column; it is optional, so it goes.
        worksheet.GetFirstChild<SheetDimension>()?.Remove();
        var column = SheetCells.ColumnLetters(SheetCells.LastColumn(sheetData) + 1);
        SheetCells.SetText(SheetCells.CellAt(SheetCells.RowAt(sheetData, 1), $"{column}1"), ColumnTitle);
        foreach (var line in findings.GroupBy(f => (uint)f.Line!.Value))
        {
            var row = SheetCells.RowAt(sheetData, line.Key);
            foreach (var cellName in line.Select(f => f.Cell).OfType<string>())
            {
                var reference = cellName[(cellName.LastIndexOf('!') + 1)..];
                var cell = SheetCells.CellAt(row, reference);
                cell.StyleIndex = styles.Highlighted(cell.StyleIndex?.Value ?? 0);
            }

            var text = string.Join("\n", line.Select(f =>
                $"{(f.Severity == Normalize.IssueSeverity.Error ? "Erreur" : "Avertissement")}{(f.Field.Length > 0 ? $" ({f.Field})" : string.Empty)} : {f.Message}"));
            SheetCells.SetText(SheetCells.CellAt(row, $"{column}{line.Key}"), text);
        }
    }
}
