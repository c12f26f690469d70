namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// The response path of a position not made yet: its parent's path and its key. Most positions are leaves that
/// complete without error and are read by no resolver, so their path object is made only when something needs it (an
/// error, a resolver's context, or children, which link to it).
/// </summary>
internal readonly struct LazyPath(ResponsePath? parent, object key)
{
    public ResponsePath Materialize() => new(parent, key);
}
