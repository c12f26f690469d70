using System.Text.Json;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// <c>manifest.json</c>: when the set was generated, the schema version, every data file (format, entity, rows, bytes,
/// SHA-256) and every source it holds (rows per entity, and the runs whose rows were published, with their dates from
/// ops.runs).
/// </summary>
internal static class ManifestWriter
{
    public const string FileName = "manifest.json";

    /// <summary>The data·inclusion schema the records follow (schema/README.md).</summary>
    public const string SchemaVersion = "1.0.8";

    public static async Task WriteAsync(Stream output, DateTimeOffset generatedAt, IReadOnlyList<ManifestFile> files,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> rowsBySource, IReadOnlyList<ExportedRun> runs, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("generated_at", generatedAt.ToUniversalTime());
        json.WriteString("schema", "data·inclusion v1");
        json.WriteString("schema_version", SchemaVersion);
        json.WriteStartArray("files");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("name", file.File.Name);
            json.WriteString("format", file.File.Format);
            json.WriteString("entity", file.Entity);
            json.WriteNumber("rows", file.Rows);
            json.WriteNumber("bytes", file.File.Length);
            json.WriteString("sha256", file.File.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        var sources = rowsBySource.Values.SelectMany(r => r.Keys).Concat(runs.Select(r => r.Source)).Distinct().Order(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            foreach (var (entity, counts) in rowsBySource)
            {
                json.WriteNumber(entity, counts.GetValueOrDefault(source));
            }

            json.WriteStartArray("runs");
            foreach (var run in runs.Where(r => r.Source == source))
            {
                json.WriteStartObject();
                json.WriteString("id", run.Id);
                json.WriteString("started_at", run.StartedAt.ToUniversalTime());
                if (run.EndedAt is { } ended)
                {
                    json.WriteString("ended_at", ended.ToUniversalTime());
                }
                else
                {
                    json.WriteNull("ended_at");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}

/// <summary>A data file of the manifest: the file, the entity (or HSDS table) it holds and its row count.</summary>
internal sealed record ManifestFile(OpenDataFile File, string Entity, long Rows);
