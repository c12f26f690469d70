using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DataInclusion.Host.Validation;

/// <summary>
/// A light red fill added to the workbook's styles, and for each cell style in use its copy with that fill, so a
/// highlighted cell keeps its number format, font and borders.
/// </summary>
internal sealed class HighlightStyles
{
    private readonly Stylesheet _stylesheet;
    private readonly CellFormats _cellFormats;
    private readonly uint _fillId;
    private readonly Dictionary<uint, uint> _highlighted = [];

    public HighlightStyles(WorkbookPart workbookPart)
    {
        var part = workbookPart.WorkbookStylesPart ?? workbookPart.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet ??= new Stylesheet();
        _stylesheet = part.Stylesheet;
        // SpreadsheetML asks for fonts, fills (the first two reserved), borders and cell formats, in this order.
        var fonts = _stylesheet.Fonts ??= new Fonts(new Font());
        var fills = _stylesheet.Fills ??= new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        _stylesheet.Borders ??= new Borders(new Border());
        _cellFormats = _stylesheet.CellFormats ??= new CellFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 });
        fonts.Count = (uint)fonts.ChildElements.Count;
        fills.AppendChild(new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFC7CE" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        fills.Count = (uint)fills.ChildElements.Count;
        _fillId = (uint)fills.ChildElements.Count - 1;
    }

    /// <summary>The index of the highlighted copy of cell style <paramref name="styleIndex"/>.</summary>
    public uint Highlighted(uint styleIndex)
    {
        if (_highlighted.TryGetValue(styleIndex, out var copy))
        {
            return copy;
        }

        var formats = _cellFormats.Elements<CellFormat>().ToList();
        var original = styleIndex < formats.Count ? formats[(int)styleIndex] : new CellFormat { FontId = 0, FillId = 0, BorderId = 0 };
        var highlighted = (CellFormat)original.CloneNode(true);
        highlighted.FillId = _fillId;
        highlighted.ApplyFill = BooleanValue.FromBoolean(true);
        _cellFormats.AppendChild(highlighted);
        copy = (uint)_cellFormats.ChildElements.Count - 1;
        _highlighted[styleIndex] = copy;
        return copy;
    }

    public void Save()
    {
        _cellFormats.Count = (uint)_cellFormats.ChildElements.Count;
        _stylesheet.Save();
    }
}
