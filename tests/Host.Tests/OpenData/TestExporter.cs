using System.Security.Cryptography;
using System.Text;
using DataInclusion.Host.OpenData;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>
/// A small exporter for the tests of what surrounds the real one: writes real files (csv, json, a binary "parquet",
/// SHA256SUMS, manifest.json) whose content names <see cref="Version"/>, and reports them as the contract says.
/// </summary>
internal sealed class TestExporter(TimeProvider time) : IOpenDataExporter
{
    public int Calls { get; private set; }

    /// <summary>Written into every file, so that two sets differ.</summary>
    public string Version { get; set; } = "v1";

    /// <summary>Extra rows in structures.csv, to make it large (chunked uploads).</summary>
    public int ExtraRows { get; set; }

    /// <summary>When set, the export writes a file, then throws this.</summary>
    public Exception? Failure { get; set; }

    /// <summary>When set, the exporter reports a file under this name instead (unsafe names).</summary>
    public string? RenameStructuresCsv { get; set; }

    public async Task<OpenDataSet> ExportAsync(string directory, IReadOnlyCollection<string>? formats, CancellationToken cancellationToken)
    {
        Calls++;
        Directory.CreateDirectory(directory);
        var csv = new StringBuilder("id,nom,source\n").Append("demo--1,Structure ").Append(Version).Append(",demo\n");
        for (var i = 0; i < ExtraRows; i++)
        {
            csv.Append("demo--x").Append(i).Append(",Ligne de remplissage ").Append(i).Append(",demo\n");
        }

        var files = new List<(string Name, string Format, byte[] Content)>
        {
            ("structures.csv", "csv", Encoding.UTF8.GetBytes(csv.ToString())),
            ("services.csv", "csv", Encoding.UTF8.GetBytes($"id,structure_id,nom\ndemo--s1,demo--1,Service {Version}\n")),
            ("structures.json", "json", Encoding.UTF8.GetBytes($$"""[{"id":"demo--1","nom":"Structure {{Version}}"}]""")),
            ("structures.parquet", "parquet", [.. Encoding.ASCII.GetBytes("PAR1"), .. SHA256.HashData(Encoding.UTF8.GetBytes(Version)), .. Encoding.ASCII.GetBytes("PAR1")]),
        };
        var sums = string.Concat(files.Select(f => $"{Hex(f.Content)}  {f.Name}\n"));
        files.Add(("SHA256SUMS", "sha256", Encoding.UTF8.GetBytes(sums)));
        files.Add(("manifest.json", "json", Encoding.UTF8.GetBytes($$"""{"version":"{{Version}}"}""")));

        var written = new List<OpenDataFile>();
        foreach (var (name, format, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(directory, name), content, cancellationToken);
            if (Failure is not null)
            {
                throw Failure;
            }

            var reported = name == "structures.csv" && RenameStructuresCsv is not null ? RenameStructuresCsv : name;
            written.Add(new OpenDataFile(reported, format, content.Length, Hex(content)));
        }

        return new OpenDataSet(time.GetUtcNow(), written);
    }

    public static string Hex(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
