namespace DataInclusion.GraphQL.Execution;

/// <summary>A response path as an immutable linked list (field names and list indices), turned into a list for errors.</summary>
internal sealed class ResponsePath
{
    // List indices below this are boxed once for the process: a list's items would otherwise box one int each.
    private static readonly object[] s_indices = Enumerable.Range(0, 1024).Select(i => (object)i).ToArray();

    public ResponsePath(ResponsePath? parent, string name)
    {
        Parent = parent;
        Key = name;
    }

    public ResponsePath(ResponsePath? parent, int index)
    {
        Parent = parent;
        Key = (uint)index < (uint)s_indices.Length ? s_indices[index] : index;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The field's response key (a string) or the list index (an int).</summary>
    public object Key { get; }

    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Parent)
        {
            depth++;
        }

        var result = new object[depth];
        for (var p = this; p is not null; p = p.Parent)
        {
            result[--depth] = p.Key;
        }

        return result;
    }
}
