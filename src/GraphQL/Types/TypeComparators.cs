namespace DataInclusion.GraphQL.Types;

/// <summary>Type relations used by schema and document validation (graphql-js typeComparators).</summary>
public static class TypeComparators
{
    /// <summary>Whether a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is NamedType { IsAbstract: true } abstractType
            && maybeSubType is ComplexType complex
            && schema.IsSubType(abstractType, complex);
    }

    /// <summary>Whether two composite types can have a common object type (§5.5.2.3 GetPossibleTypes intersection).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstract)
        {
            if (b.IsAbstract)
            {
                foreach (var type in schema.GetPossibleTypes(a))
                {
                    if (schema.IsPossibleType(b, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return b is ObjectType objB && schema.IsPossibleType(a, objB);
        }

        return b.IsAbstract && a is ObjectType objA && schema.IsPossibleType(b, objA);
    }
}
