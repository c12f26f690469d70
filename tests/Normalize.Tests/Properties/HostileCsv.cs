using System.Text;
using DataInclusion.Normalize.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace DataInclusion.Normalize.Tests.Properties;

/// <summary>A hostile CSV row: one cell per column of the fixture's header (null: left empty).</summary>
public sealed record HostileRow(IReadOnlyList<string?> Cells, string InvalidName)
{
    public override string ToString() =>
        $"name '{InvalidName}', cells [{string.Join(" | ", Cells.Select(c => c is null ? "" : c.Length > 30 ? $"{c[..20]}…({c.Length})" : c))}]";
}

/// <summary>Hostile rows appended to a CSV fixture: every cell is text, so hostility is in lengths, quotes, separators and line breaks.</summary>
public static class HostileCsv
{
    private static readonly string[] s_cells =
    [
        "", " ", "null", "NaN", "1e400", "-1e400", "-", "2026-13-45", "a,b,,c", ";", "\"", "line\nbreak", "😀", "<b>x</b>", "0", "-1,5", "3.14",
        ",,,", "\t", "true",
    ];

    public static Arbitrary<IReadOnlyList<HostileRow>> Rows() => Arb.From(
        from count in Gen.Choose(1, 4)
        from rows in Row().ListOf(count)
        select (IReadOnlyList<HostileRow>)rows.ToList());

    /// <summary>The fixture, then the hostile rows; each row's id is <see cref="HostileFeed.Marker"/> of its index.</summary>
    public static HostilePayload Build(string folder, string fixture, string stream, string idColumn, string nameColumn, IReadOnlyList<HostileRow> rows)
    {
        var path = Path.Combine(Paths.Fixtures, folder, fixture);
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var headerLine = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split('\n')[0].TrimEnd('\r');
        var delimiter = headerLine.Count(c => c == ';') > headerLine.Count(c => c == ',') ? ';' : ',';
        var columns = headerLine.Split(delimiter);
        var text = new StringBuilder();
        var markers = new List<(string?, string)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = columns.Select((column, c) => column == idColumn ? HostileFeed.Marker(i)
                : column == nameColumn ? rows[i].InvalidName

                // A truthy __ignore__ cell marks a description row, skipped by design.
                : column == "__ignore__" ? string.Empty
                : rows[i].Cells[c % rows[i].Cells.Count] ?? string.Empty);
            text.Append(string.Join(delimiter, cells.Select(Quote))).Append("\r\n");
            markers.Add((HostileFeed.Marker(i), name));
        }

        var prefix = bytes.Length > 0 && bytes[^1] != (byte)'\n' ? "\r\n"u8.ToArray() : [];
        var mixed = bytes.Concat(prefix).Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return new HostilePayload(new RawDocument(stream, name, bytes, "text/csv"), new RawDocument(stream, name, mixed, "text/csv"), markers);
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static Gen<HostileRow> Row() =>
        from count in Gen.Choose(1, 30)
        from cells in Cell().ListOf(count)
        from name in Gen.Elements("", "   ", "ab", "\t\n")
        select new HostileRow(cells.ToList(), name);

    private static Gen<string?> Cell() => Gen.Frequency(
        (3, Gen.Constant<string?>(null)),
        (5, Gen.Elements(s_cells).Select(s => (string?)s)),
        (1, Gen.Choose(10_000, 12_000).Select(n => (string?)new string('é', n))),
        (2, ArbMap.Default.GeneratorFor<string>().Select(s => (string?)(s ?? string.Empty).Replace("\0", string.Empty, StringComparison.Ordinal))));
}
