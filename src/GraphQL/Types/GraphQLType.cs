namespace DataInclusion.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper (GraphQL spec §3.4).</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under any list and non-null wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>Scalars, enums and input objects, possibly wrapped (§3.4 IsInputType).</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Everything but input objects, possibly wrapped (§3.4 IsOutputType).</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>The type without its outer non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>The type reference as written in GraphQL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();

    /// <summary>Whether two type references are the same (§5.8.5 AreTypesCompatible / graphql-js isEqualType).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => AreEqual(x.OfType, y.OfType),
        (ListType x, ListType y) => AreEqual(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };
}
