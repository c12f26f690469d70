namespace DataInclusion.Pipeline.Bench;

/// <summary>
/// The generated feed as JSON arrays (<c>--format json</c>): the same records, one per line between <c>[</c> and
/// <c>]</c>, so the run reads a JSON document while the COPY baseline keeps reading the NDJSON lines.
/// </summary>
internal static class JsonArrayFeed
{
    public static async Task<FeedFiles> WriteAsync(FeedFiles ndjson, CancellationToken cancellationToken) => ndjson with
    {
        Structures = await WriteAsync(ndjson.Structures, cancellationToken),
        Services = await WriteAsync(ndjson.Services, cancellationToken),
    };

    private static async Task<string> WriteAsync(string ndjsonPath, CancellationToken cancellationToken)
    {
        var path = Path.ChangeExtension(ndjsonPath, ".json");
        await using var output = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 20);
        await output.WriteAsync("[\n");
        var first = true;
        foreach (var line in File.ReadLines(ndjsonPath))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(first ? line : ",\n" + line);
            first = false;
        }

        await output.WriteAsync("\n]\n");
        return path;
    }
}
