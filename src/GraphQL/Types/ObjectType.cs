namespace DataInclusion.GraphQL.Types;

/// <summary>An object type (GraphQL spec §3.6).</summary>
public sealed class ObjectType(string name, string? description = null) : ComplexType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;
}
