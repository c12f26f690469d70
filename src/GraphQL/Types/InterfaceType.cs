namespace DataInclusion.GraphQL.Types;

/// <summary>An interface type (GraphQL spec §3.7).</summary>
public sealed class InterfaceType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Maps a runtime value to the name of its object type; null falls back to <c>__typename</c>.</summary>
    public Func<object, string?>? ResolveType { get; internal set; }
}
