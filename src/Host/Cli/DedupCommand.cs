using System.CommandLine;
using System.Text;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Dedup;

namespace DataInclusion.Host.Cli;

/// <summary>
/// <c>dedup FILE… [--out clusters.csv]</c>: clusters schema v1 structures of any sources with the pipeline's own
/// clusterer and writes <c>id,cluster_id</c> for every input record. Needs no database. Offline unless
/// <c>GEOCODER_URL</c> is set: the records are then geocoded first, as the pipeline does (<see cref="DedupGeocoding"/>).
/// </summary>
internal static class DedupCommand
{
    public const int ExitUnreadable = 1;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "Structures in schema v1: JSON array, NDJSON (.ndjson/.jsonl) or CSV; each record with `id` and `source`.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the `id,cluster_id` CSV (default: standard output)." };
        var command = new Command("dedup", "Cluster structures that describe the same place, across and within sources.");
        command.Arguments.Add(files);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Each file is reduced to the clusterer's keys before the next is read.
            var clusterer = new StructureClusterer();
            var input = clusterer.NewInput();
            var issues = new List<ValidationIssue>();
            var geocoding = DedupGeocoding.FromEnvironment();
            foreach (var file in parse.GetValue(files)!)
            {
                if (await ReadAsync(file, issues, cancellationToken) is { } read)
                {
                    input.Add(geocoding is null ? read : await GeocodeAsync(geocoding, [.. read], cancellationToken));
                }
            }

            if (issues.Count > 0)
            {
                foreach (var issue in issues)
                {
                    await Console.Error.WriteLineAsync($"{issue.RecordId}: {issue.Message}");
                }

                return ExitUnreadable;
            }

            var result = clusterer.Cluster(input);
            await WriteAsync(parse.GetValue(output), input, result, cancellationToken);
            var merged = result.Clusters.Count(c => c.MemberIds.Count > 1);
            await Console.Error.WriteLineAsync($"{input.Count} structures, {result.Clusters.Count} clusters ({merged} with several members), {result.ComparedPairs} pairs compared.");
            return 0;
        });
        return command;
    }

    /// <summary>With <c>GEOCODER_URL</c>: one file's records as the pipeline would publish their places (summary on stderr).</summary>
    private static async Task<List<Structure>> GeocodeAsync(DedupGeocoding geocoding, List<Structure> structures, CancellationToken cancellationToken)
    {
        var outcome = await geocoding.ApplyAsync(structures, cancellationToken);
        await Console.Error.WriteLineAsync(outcome.Summary);
        if (outcome.Warning is { } warning)
        {
            await Console.Error.WriteLineAsync(warning);
        }

        return structures;
    }

    private static async Task<IReadOnlyList<Structure>?> ReadAsync(FileInfo file, List<ValidationIssue> issues, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            issues.Add(new ValidationIssue(ValidationIssue.DocumentType, file.ToString(), string.Empty, "document.illisible", IssueSeverity.Error, null,
                $"Le fichier « {file} » est illisible : {e.Message}"));
            return null;
        }

        // The extension chooses the format (.ndjson/.jsonl, .csv, .xlsx; anything else is read as JSON).
        var document = new RawDocument(V1FeedMapper.StructuresStream, file.ToString(), content, "application/octet-stream");
        return V1FeedMapper.ReadStructures(document, issues);
    }

    private static async Task WriteAsync(FileInfo? output, ClusterInput input, ClusteringResult result, CancellationToken cancellationToken)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        await using var writer = output is null
            ? new StreamWriter(Console.OpenStandardOutput(), encoding)
            : new StreamWriter(output.FullName, append: false, encoding);
        writer.NewLine = "\n";
        await writer.WriteLineAsync("id,cluster_id");
        for (var i = 0; i < input.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync($"{Csv(input.IdAt(i))},{Csv(result.ClusterIdByIndex[i])}");
        }
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
