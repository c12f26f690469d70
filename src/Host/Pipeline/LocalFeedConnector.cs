using DataInclusion.Sources;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Reads a schema v1 feed from a local folder (<c>structures.json</c>, <c>services.json</c>): the sample producer feed that
/// lets a newcomer see the whole pipeline without any token.
/// </summary>
internal sealed class LocalFeedConnector(string source, string directory, TimeProvider timeProvider) : ISourceConnector
{
    private static readonly string[] s_streams = ["structures", "services"];

    public string Source => source;

    public async Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        var payloads = new List<RawPayload>();
        foreach (var stream in s_streams)
        {
            var path = Path.GetFullPath(Path.Combine(directory, stream + ".json"));
            if (!File.Exists(path))
            {
                throw new SourceFetchException(source, stream, new Uri(path), $"the feed file {path} does not exist");
            }

            payloads.Add(new RawPayload(stream, new Uri(path), timeProvider.GetUtcNow(), await File.ReadAllBytesAsync(path, ct), "application/json"));
        }

        return payloads;
    }
}
