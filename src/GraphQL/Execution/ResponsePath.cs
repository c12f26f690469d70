namespace DataInclusion.GraphQL.Execution;

/// <summary>A response path as an immutable linked list (field names and list indices), turned into a list for errors.</summary>
internal sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    public object Key { get; } = key;

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
