using Refit;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>The upload itself: one multipart request up to <see cref="DataGouvOptions.ChunkSize"/>, udata's chunked protocol beyond.</summary>
internal sealed partial class DataGouvPublisher
{
    /// <summary>Replaces the file of <paramref name="resourceId"/>, or creates a resource when it is null.</summary>
    private async Task<UdataResource> UploadAsync(
        string? resourceId, OpenDataCatalogFile file, string path, string uploadName, CancellationToken cancellationToken)
    {
        var contentType = OpenDataMedia.ContentType(file).Split(';')[0];
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        if (file.Length <= options.ChunkSize)
        {
            // A file stream is seekable: a retry of the resilience handler sends it again from the start.
            var part = new StreamPart(stream, uploadName, contentType);
            return resourceId is null
                ? await api.CreateAsync(Dataset, part, noRetry: true, cancellationToken)
                : await api.ReplaceAsync(Dataset, resourceId, part, cancellationToken);
        }

        // udata storages/api.py: each part's size must equal its "chunksize"; a part is kept under "uuid" until the
        // request without "file" combines them in partindex order. Parts are idempotent, so they are retried.
        var uuid = Guid.NewGuid().ToString();
        var totalParts = Parts(file.Length);
        var total = Text(totalParts);
        var buffer = new byte[options.ChunkSize];
        for (var index = 0; index < totalParts; index++)
        {
            var offset = (long)index * options.ChunkSize;
            var size = (int)Math.Min(options.ChunkSize, file.Length - offset);
            await stream.ReadExactlyAsync(buffer.AsMemory(0, size), cancellationToken);
            var chunk = size == buffer.Length ? buffer : buffer[..size];
            var part = new ByteArrayPart(chunk, uploadName, contentType);
            var status = resourceId is null
                ? await api.CreatePartAsync(Dataset, part, uuid, uploadName, Text(index), Text(offset), total, Text(size), cancellationToken)
                : await api.ReplacePartAsync(Dataset, resourceId, part, uuid, uploadName, Text(index), Text(offset), total, Text(size), cancellationToken);
            if (!status.Success)
            {
                throw new UdataUploadException($"part {index + 1}/{totalParts} of {uploadName} refused: {status.Error}");
            }
        }

        return resourceId is null
            ? await api.CombineCreatedAsync(Dataset, uuid, uploadName, total, noRetry: true, cancellationToken)
            : await api.CombineReplacedAsync(Dataset, resourceId, uuid, uploadName, total, cancellationToken);
    }

    private static string Text(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
