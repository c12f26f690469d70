using Refit;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// The udata endpoints we call (interop §3, <c>udata/core/dataset/api.py</c>), relative to the API root. Uploads are
/// multipart with the field <c>file</c>; a chunked upload sends each part with <c>uuid</c>, <c>filename</c>,
/// <c>partindex</c>, <c>partbyteoffset</c>, <c>totalparts</c>, <c>chunksize</c>, then the same fields without
/// <c>file</c> to have the parts combined (<c>udata/core/storages/api.py</c> <c>handle_upload</c>).
/// </summary>
internal interface IUdataApi
{
    [Get("/datasets/{dataset}/")]
    Task<UdataDataset> GetDatasetAsync(string dataset, CancellationToken cancellationToken);

    /// <summary>A new resource: not idempotent, so never retried (a lost answer would leave a duplicate).</summary>
    [Multipart]
    [Post("/datasets/{dataset}/upload/")]
    Task<UdataResource> CreateAsync(
        string dataset, [AliasAs("file")] StreamPart file, [Property(UdataResilience.NoRetry)] bool noRetry, CancellationToken cancellationToken);

    /// <summary>Replaces the file of a resource; same id, the old file deleted.</summary>
    [Multipart]
    [Post("/datasets/{dataset}/resources/{resource}/upload/")]
    Task<UdataResource> ReplaceAsync(string dataset, string resource, [AliasAs("file")] StreamPart file, CancellationToken cancellationToken);

    [Multipart]
    [Post("/datasets/{dataset}/upload/")]
    Task<UdataUploadStatus> CreatePartAsync(
        string dataset, [AliasAs("file")] ByteArrayPart file, string uuid, string filename, string partindex, string partbyteoffset,
        string totalparts, string chunksize, CancellationToken cancellationToken);

    [Multipart]
    [Post("/datasets/{dataset}/upload/")]
    Task<UdataResource> CombineCreatedAsync(
        string dataset, string uuid, string filename, string totalparts, [Property(UdataResilience.NoRetry)] bool noRetry,
        CancellationToken cancellationToken);

    [Multipart]
    [Post("/datasets/{dataset}/resources/{resource}/upload/")]
    Task<UdataUploadStatus> ReplacePartAsync(
        string dataset, string resource, [AliasAs("file")] ByteArrayPart file, string uuid, string filename, string partindex,
        string partbyteoffset, string totalparts, string chunksize, CancellationToken cancellationToken);

    [Multipart]
    [Post("/datasets/{dataset}/resources/{resource}/upload/")]
    Task<UdataResource> CombineReplacedAsync(
        string dataset, string resource, string uuid, string filename, string totalparts, CancellationToken cancellationToken);

    /// <summary>The metadata udata does not derive from the file (JSON; it answers 400 to anything else).</summary>
    [Put("/datasets/{dataset}/resources/{resource}/")]
    Task<UdataResource> UpdateResourceAsync(string dataset, string resource, [Body] UdataResourceMetadata metadata, CancellationToken cancellationToken);
}
