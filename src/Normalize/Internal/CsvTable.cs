using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace DataInclusion.Normalize.Internal;

/// <summary>Reads a producer CSV: encoding (UTF-8 with or without BOM, else Windows-1252) and delimiter are detected.</summary>
internal static class CsvTable
{
    private static readonly char[] s_delimiters = [',', ';', '\t', '|'];

    /// <summary>Rows with their 1-based line number in the file (header = line 1).</summary>
    public static List<(int Line, Dictionary<string, string?> Row)> Read(ReadOnlyMemory<byte> content) => ReadTable(content).Rows;

    /// <summary>The rows and the column letter (A, B…) of each header, as a spreadsheet opening the file shows them.</summary>
    public static TableRows ReadTable(ReadOnlyMemory<byte> content)
    {
        var text = Decode(content.Span);
        var delimiter = DetectDelimiter(text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        var rows = new List<(int, Dictionary<string, string?>)>();
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            return new TableRows(new Dictionary<string, string>(), rows);
        }

        while (csv.Read())
        {
            var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i].Trim()] = csv.TryGetField<string>(i, out var value) ? value : null;
            }

            rows.Add((csv.Parser.RawRow, row));
        }

        return new TableRows(TableRows.Letters(header.Select((h, i) => (h, RecordLocation.ColumnLetters(i)))), rows);
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (BOM stripped), else Windows-1252, the usual spreadsheet export.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var preamble = Encoding.UTF8.Preamble;
        if (bytes.StartsWith(preamble))
        {
            bytes = bytes[preamble.Length..];
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return s_windows1252.Value.GetString(bytes);
        }
    }

    private static readonly Lazy<Encoding> s_windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>The candidate seen most often outside quotes on the header line.</summary>
    private static char DetectDelimiter(string text)
    {
        var counts = new int[s_delimiters.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(s_delimiters, c) is var i and >= 0)
            {
                counts[i]++;
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        return counts[best] == 0 ? ',' : s_delimiters[best];
    }
}
