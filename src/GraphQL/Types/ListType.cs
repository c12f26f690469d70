namespace DataInclusion.GraphQL.Types;

/// <summary>A list of another type (GraphQL spec §3.11).</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => "[" + OfType + "]";
}
