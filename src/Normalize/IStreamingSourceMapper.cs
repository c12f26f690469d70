namespace DataInclusion.Normalize;

/// <summary>
/// A mapper that reads its documents as streams and hands its records out in batches, so a feed of any size is mapped
/// in bounded memory. Every structure batch comes before the first service batch: the run's rule "a service's
/// structure is a valid structure of the run" then only needs the ids of the structures already seen.
/// </summary>
public interface IStreamingSourceMapper : ISourceMapper
{
    /// <summary>
    /// The same records and issues as <see cref="ISourceMapper.Map"/>, in batches of at most <paramref name="batchSize"/>
    /// records (each batch with the issues found since the previous one), structures first. Lazy: a batch is read when
    /// asked for, and the caller is expected to be done with it before asking for the next.
    /// </summary>
    IEnumerable<MappingResult> MapBatches(IReadOnlyList<RawDocument> documents, int batchSize);
}
