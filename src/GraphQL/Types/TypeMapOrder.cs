namespace DataInclusion.GraphQL.Types;

/// <summary>
/// Orders the type map as graphql-js does (so printed schemas and introspection list types in the same order):
/// defined types in document order, each followed by the types it first references, then root types, directive
/// argument types and the introspection types.
/// </summary>
internal static class TypeMapOrder
{
    public static OrderedDictionary<string, NamedType> Collect(
        IEnumerable<NamedType> definedTypes,
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        var defined = definedTypes.Where(t => t.Definition is not null).ToList();
        var result = new OrderedDictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in defined)
        {
            result.TryAdd(type.Name, type);
        }

        foreach (var type in defined)
        {
            result.Remove(type.Name);
            Add(result, type);
        }

        foreach (var root in new NamedType?[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Add(result, root);
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Add(result, argument.Type.GetNamedType());
            }
        }

        Add(result, Introspection.IntrospectionTypes.Schema);
        return result;
    }

    private static void Add(OrderedDictionary<string, NamedType> set, NamedType type)
    {
        if (!set.TryAdd(type.Name, type))
        {
            return;
        }

        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Add(set, member);
                }

                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Add(set, iface);
                }

                foreach (var field in complex.Fields.Values)
                {
                    Add(set, field.Type.GetNamedType());
                    foreach (var argument in field.Arguments)
                    {
                        Add(set, argument.Type.GetNamedType());
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    Add(set, field.Type.GetNamedType());
                }

                break;
        }
    }
}
