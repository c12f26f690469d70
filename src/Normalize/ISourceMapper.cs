namespace DataInclusion.Normalize;

/// <summary>Maps one source's raw documents to schema v1 records. Pure: no I/O, no clock.</summary>
public interface ISourceMapper
{
    /// <summary>The source slug, used as the <c>source</c> field and the id prefix (<c>&lt;source&gt;--</c>).</summary>
    string Source { get; }

    MappingResult Map(IReadOnlyList<RawDocument> documents);
}
