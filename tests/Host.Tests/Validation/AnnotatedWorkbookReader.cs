using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DataInclusion.Host.Tests.Validation;

/// <summary>Reads back an annotated workbook: a cell's text and whether its style fills it with the highlight colour.</summary>
public sealed class AnnotatedWorkbookReader : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly SpreadsheetDocument _document;

    public AnnotatedWorkbookReader(byte[] workbook)
    {
        _stream = new MemoryStream(workbook);
        _document = SpreadsheetDocument.Open(_stream, isEditable: false);
    }

    public string Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        if (cell?.InlineString is { } inline)
        {
            return inline.InnerText;
        }

        if (cell?.DataType?.Value == CellValues.SharedString)
        {
            var strings = _document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ToList();
            return strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)].InnerText;
        }

        return cell?.CellValue?.Text ?? string.Empty;
    }

    public bool IsHighlighted(string sheet, string reference)
    {
        var styleIndex = Cell(sheet, reference)?.StyleIndex?.Value ?? 0;
        var stylesheet = _document.WorkbookPart!.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null || stylesheet.Fills is null)
        {
            return false;
        }

        var format = stylesheet.CellFormats.Elements<CellFormat>().ElementAt((int)styleIndex);
        var fill = stylesheet.Fills.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value == "FFFFC7CE";
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private Cell? Cell(string sheet, string reference)
    {
        var workbookPart = _document.WorkbookPart!;
        var id = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var part = (WorksheetPart)workbookPart.GetPartById(id);
        return part.Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
    }
}
