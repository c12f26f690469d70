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
        Key = BoxIndex(index);
    }

    /// <summary>A key already boxed (see <see cref="LazyPath"/>).</summary>
    internal ResponsePath(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The field's response key (a string) or the list index (an int).</summary>
    public object Key { get; }

    /// <summary>A list index as a path key: boxed once for the process below 1024.</summary>
    public static object BoxIndex(int index) => (uint)index < (uint)s_indices.Length ? s_indices[index] : index;

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
