using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Reads a producer CSV row by row: encoding (UTF-8 with or without BOM, else Windows-1252) and delimiter are detected
/// by a first pass over the bytes, then a second pass parses the rows as they are asked for, so a file of any size is
/// read in the memory of one row.
/// </summary>
internal static class CsvTable
{
    private static readonly char[] s_delimiters = [',', ';', '\t', '|'];

    private static readonly byte[] s_bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Rows with their 1-based line number in the file (header = line 1).</summary>
    public static List<(int Line, Dictionary<string, string?> Row)> Read(ReadOnlyMemory<byte> content) =>
        [.. ReadTable(() => new MemoryStream(content.ToArray(), writable: false)).Rows];

    /// <summary>
    /// The rows, read lazily from a stream <paramref name="open"/> gives (opened twice: once to detect, once to read),
    /// and the column letter (A, B…) of each header, as a spreadsheet opening the file shows them.
    /// </summary>
    public static TableRows ReadTable(Func<Stream> open)
    {
        var letters = new Dictionary<string, string>(StringComparer.Ordinal);
        return new TableRows(letters, Rows(open, letters));
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (BOM stripped), else Windows-1252, the usual spreadsheet export.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(s_bom))
        {
            bytes = bytes[s_bom.Length..];
        }

        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : s_windows1252.Value.GetString(bytes);
    }

    private static readonly Lazy<Encoding> s_windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    private static IEnumerable<(int Line, Dictionary<string, string?> Row)> Rows(Func<Stream> open, Dictionary<string, string> letters)
    {
        var (bom, utf8, delimiter) = Inspect(open);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };
        using var stream = open();
        if (bom)
        {
            stream.ReadExactly(new byte[s_bom.Length]);
        }

        using var reader = new StreamReader(stream, utf8 ? new UTF8Encoding(false) : s_windows1252.Value, detectEncodingFromByteOrderMarks: false);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            yield break;
        }

        foreach (var (name, letter) in TableRows.Letters(header.Select((h, i) => (h, RecordLocation.ColumnLetters(i)))))
        {
            letters[name] = letter;
        }

        while (csv.Read())
        {
            var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i].Trim()] = csv.TryGetField<string>(i, out var value) ? value : null;
            }

            yield return (csv.Parser.RawRow, row);
        }
    }

    /// <summary>
    /// One pass over the bytes: whether they start with a BOM, whether the rest is valid UTF-8, and the delimiter of the
    /// header line. Delimiters, quotes and line breaks are ASCII, the same bytes in UTF-8 (whose multi-byte sequences hold
    /// no ASCII byte) and in Windows-1252, so the header can be scanned before the encoding is known.
    /// </summary>
    private static (bool Bom, bool Utf8, char Delimiter) Inspect(Func<Stream> open)
    {
        using var stream = open();
        var bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var chars = ArrayPool<char>.Shared.Rent(64 * 1024);
        try
        {
            var header = new HeaderScan();
            int pending = 0, read;
            bool? bom = null;
            var valid = true;
            do
            {
                read = stream.Read(bytes, pending, bytes.Length - pending);
                var available = pending + read;
                var start = 0;
                if (bom is null && (available >= s_bom.Length || read == 0))
                {
                    bom = bytes.AsSpan(0, available).StartsWith(s_bom);
                    start = bom.Value ? s_bom.Length : 0;
                }
                else if (bom is null)
                {
                    pending = available;
                    continue;
                }

                header.Add(bytes.AsSpan(start, available - start));
                // An incomplete sequence at the end of this read waits for the next one.
                var status = Utf8.ToUtf16(bytes.AsSpan(start, available - start), chars, out var used, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
                valid &= status is not System.Buffers.OperationStatus.InvalidData;
                pending = available - start - used;
                bytes.AsSpan(start + used, pending).CopyTo(bytes);
                header.Skip(pending);
            }
            while (read > 0 && valid);

            return (bom ?? false, valid, header.Delimiter);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Counts the candidate delimiters outside quotes on the header line; the one seen most often wins.</summary>
    private sealed class HeaderScan
    {
        private readonly int[] _counts = new int[s_delimiters.Length];
        private bool _quoted;
        private bool _done;
        private int _skip;

        public char Delimiter => _counts.Max() == 0 ? ',' : s_delimiters[Array.IndexOf(_counts, _counts.Max())];

        /// <summary>The next <paramref name="count"/> bytes given to <see cref="Add"/> were seen already (kept for decoding).</summary>
        public void Skip(int count) => _skip = count;

        public void Add(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes[_skip..])
            {
                if (_done)
                {
                    return;
                }

                if (b == '"')
                {
                    _quoted = !_quoted;
                }
                else if (!_quoted && b is (byte)'\n' or (byte)'\r')
                {
                    _done = true;
                }
                else if (!_quoted && Array.IndexOf(s_delimiters, (char)b) is var i and >= 0)
                {
                    _counts[i]++;
                }
            }

            _skip = 0;
        }
    }
}
