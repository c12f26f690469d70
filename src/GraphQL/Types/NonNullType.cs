namespace DataInclusion.GraphQL.Types;

/// <summary>A non-null wrapper around a nullable type (GraphQL spec §3.12).</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap a non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => OfType + "!";
}
