namespace DataInclusion.Sources;

/// <summary>Fetches every page of every stream of one producer.</summary>
public interface ISourceConnector
{
    /// <summary>The source id (e.g. <c>emplois-de-linclusion</c>), as used in ids and raw storage.</summary>
    string Source { get; }

    /// <summary>
    /// Returns all pages of all streams, or throws <see cref="SourceFetchException"/>: never a partial list,
    /// so that a failed run keeps the last good data.
    /// </summary>
    Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct);
}
