namespace DataInclusion.GraphQL.Types;

/// <summary>A union of object types (GraphQL spec §3.8).</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    private readonly List<ObjectType> _types = [];

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Maps a runtime value to the name of its object type; null falls back to <c>__typename</c>.</summary>
    public Func<object, string?>? ResolveType { get; internal set; }

    internal void AddType(ObjectType type) => _types.Add(type);
}
