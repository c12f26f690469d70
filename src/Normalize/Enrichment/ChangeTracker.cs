namespace DataInclusion.Normalize.Enrichment;

/// <summary>Collects the names of the fields an enrichment pass changed.</summary>
internal sealed class ChangeTracker
{
    private readonly List<string> _fields = [];

    public IReadOnlyList<string> Fields => _fields;

    public bool Any => _fields.Count > 0;

    /// <summary>Returns <paramref name="after"/> and records <paramref name="field"/> when it differs from <paramref name="before"/>.</summary>
    public T Track<T>(string field, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after) && !_fields.Contains(field))
        {
            _fields.Add(field);
        }

        return after;
    }
}
