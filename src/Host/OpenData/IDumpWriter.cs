namespace DataInclusion.Host.OpenData;

/// <summary>One format of the set: writes an entity's rows to a stream as they come, holding only what the format needs.</summary>
internal interface IDumpWriter
{
    /// <summary>The format name of <c>--format</c> and of the manifest (csv, json, ...).</summary>
    string Format { get; }

    /// <summary>The stable name of the entity's file (<c>structures.csv</c>).</summary>
    string FileName(DumpEntity entity);

    /// <summary>Writes the rows; <paramref name="rowCount"/> is known beforehand (same snapshot). Returns the rows written.</summary>
    Task<long> WriteAsync(DumpEntity entity, long rowCount, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken cancellationToken);
}
