using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataInclusion.Pipeline.Bench;

/// <summary>
/// Writes a schema v1 feed (NDJSON structures + services, source <c>demo</c>) of a given scale, the same bytes for the
/// same arguments: every value comes from one seeded <see cref="Random"/>.
/// </summary>
internal sealed partial class FeedGenerator(Vocabulary vocabulary, FeedScale scale, bool withHostile)
{
    public const string Source = "demo";

    // One row in 50 is broken: the ~2 % of issue 8.
    private const int FlawEvery = 50;

    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Random _random = new(2026);
    private readonly ArrayBufferWriter<byte> _line = new(16 * 1024);
    private readonly Dictionary<string, int> _flaws = [];

    public async Task<FeedFiles> WriteAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var structures = Path.Combine(directory, "structures.ndjson");
        var services = Path.Combine(directory, "services.ndjson");
        await WriteLinesAsync(structures, scale.Structures, Flaw.Select(Flaw.Structures, withHostile), WriteStructure, cancellationToken);
        await WriteLinesAsync(services, scale.Services, Flaw.Select(Flaw.Services, withHostile), WriteService, cancellationToken);
        return new FeedFiles(structures, services, scale, new FileInfo(structures).Length + new FileInfo(services).Length,
            _flaws.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary());
    }

    private async Task WriteLinesAsync(string path, int count, Flaw[] flaws, Action<Utf8JsonWriter, int, Flaw?> write,
        CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        await using var writer = new Utf8JsonWriter(_line, s_writerOptions);
        var flawed = 0;
        for (var i = 0; i < count; i++)
        {
            Flaw? flaw = null;
            if (i % FlawEvery == FlawEvery / 2)
            {
                flaw = flaws[flawed++ % flaws.Length];
                _flaws[flaw.Name] = _flaws.GetValueOrDefault(flaw.Name) + 1;
            }

            _line.ResetWrittenCount();
            writer.Reset(_line);
            write(writer, i, flaw);
            writer.Flush();
            await file.WriteAsync(_line.WrittenMemory, cancellationToken);
            file.WriteByte((byte)'\n');
        }
    }

    private static string StructureId(int index) => $"structure-{index:D7}";

    private (string Code, string Nom) Commune() => vocabulary.Communes[_random.Next(vocabulary.Communes.Length)];

    private static string Departement(string codeInsee) =>
        codeInsee.StartsWith("97", StringComparison.Ordinal) ? codeInsee[..3] : codeInsee[..2];

    private static string CodePostal(string codeInsee) =>
        codeInsee.StartsWith('2') && !char.IsAsciiDigit(codeInsee[1]) ? "20000" : Departement(codeInsee).PadRight(5, '0');

    private string Telephone() => $"0{_random.Next(1, 6)}{_random.Next(10_000_000, 99_999_999)}";

    private string DateMaj() => new DateOnly(2025, 1, 1).AddDays(_random.Next(600)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private string[] Pick(string[] values, int min, int max)
    {
        var count = _random.Next(min, max + 1);
        return Enumerable.Range(0, count).Select(_ => values[_random.Next(values.Length)]).Distinct().ToArray();
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}

/// <summary>The generated feed: its two files, size and the broken rows written of each kind.</summary>
internal sealed record FeedFiles(string Structures, string Services, FeedScale Scale, long Bytes, IReadOnlyDictionary<string, int> Flaws);
