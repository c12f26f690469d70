using DataInclusion.Sources;
using DataInclusion.Sources.V1Feed;

namespace DataInclusion.Host.Producers;

/// <summary>
/// The connector of a pushed submission: its files as payloads, checked as the v1 feed connector checks what it
/// fetches, so an unusable file (empty, cut JSON, an HTML page) fails the run at the file level before any mapping.
/// </summary>
internal sealed class SubmissionConnector(string source, Guid submissionId, DateTimeOffset receivedAt, IReadOnlyList<SubmittedFile> files) : ISourceConnector
{
    public string Source => source;

    public Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        if (files.Count == 0)
        {
            throw new SourceFetchException(source, "*", null, $"submission {submissionId} has no file left to process");
        }

        var payloads = new List<RawPayload>(files.Count);
        foreach (var file in files)
        {
            // Not a fetchable address: it names where the bytes came from in the raw layer.
            var url = new Uri($"submission:{submissionId}/{file.Stream}");
            if (FeedFormat.Check(file.MediaType, file.Content) is { } reason)
            {
                throw new SourceFetchException(source, file.Stream, url, $"the {file.MediaType} file is unusable: {reason}");
            }

            payloads.Add(new RawPayload(file.Stream, url, receivedAt, file.Content, file.MediaType));
        }

        return Task.FromResult<IReadOnlyList<RawPayload>>(payloads);
    }
}
