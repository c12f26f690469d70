using System.Reflection;
using DataInclusion.Host.OpenData;

namespace DataInclusion.Export.Bench;

/// <summary>The benchmark's command line: scale (structures; services are 1.5 times as many), formats, host, keep.</summary>
internal sealed record ExportBenchOptions(string Scale, int Structures, IReadOnlyList<string> Formats, string HostDirectory, bool Prebuilt, bool Keep)
{
    public static string RepositoryRoot { get; } = typeof(ExportBenchOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public int Services => Structures * 3 / 2;

    public string Directory => Path.Combine(RepositoryRoot, ".data", "bench-export-" + Scale);

    public static ExportBenchOptions? Parse(string[] args)
    {
        var scale = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsValueOf(args, a)) ?? "national";
        int? structures = scale switch { "small" => 2_000, "national" => 100_000, "x3" => 300_000, _ => null };
        if (structures is null)
        {
            return null;
        }

        var formats = Value(args, "--format")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ?? [.. OpenDataExporter.Formats.Where(f => f != "datapackage"), "all"];
        var host = Value(args, "--host");
        return new ExportBenchOptions(scale, structures.Value, formats,
            host is null ? Path.Combine(RepositoryRoot, ".build", "host") : Path.GetFullPath(host), host is not null, args.Contains("--keep"));
    }

    private static string? Value(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static bool IsValueOf(string[] args, string value)
    {
        var index = Array.IndexOf(args, value);
        return index > 0 && args[index - 1] is "--format" or "--host";
    }
}
