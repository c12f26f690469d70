namespace DataInclusion.GraphQL.Types;

/// <summary>The kinds of types (GraphQL spec §4.2.1 __TypeKind).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
