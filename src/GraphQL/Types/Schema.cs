using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>A validated, immutable schema (GraphQL spec §3.3). Build it with <see cref="SchemaBuilder"/>.</summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<NamedType, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];

    internal Schema(
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        OrderedDictionary<string, NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        _types = types;
        Directives = directives;
        _directivesByName = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var type in types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    PossibleTypesOf(union).AddRange(union.Types);
                    foreach (var member in union.Types)
                    {
                        SubTypesOf(union).Add(member);
                    }

                    break;
                case ComplexType complex:
                    foreach (var implemented in complex.Interfaces)
                    {
                        SubTypesOf(implemented).Add(complex);
                        if (complex is ObjectType obj)
                        {
                            PossibleTypesOf(implemented).Add(obj);
                        }
                    }

                    break;
            }
        }
    }

    public string? Description { get; internal set; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in graphql-js type map order, introspection types included.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    /// <summary>Custom directives in definition order, then the built-in ones.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public SchemaDefinitionNode? Definition { get; internal set; }

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an abstract type may resolve to (§3.7 / §3.8).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var list) ? list : [];

    public bool IsPossibleType(NamedType abstractType, ObjectType type) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(type);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member or implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    private List<ObjectType> PossibleTypesOf(NamedType type)
    {
        if (!_possibleTypes.TryGetValue(type, out var list))
        {
            list = [];
            _possibleTypes[type] = list;
        }

        return list;
    }

    private HashSet<NamedType> SubTypesOf(NamedType type)
    {
        if (!_subTypes.TryGetValue(type, out var set))
        {
            set = [];
            _subTypes[type] = set;
        }

        return set;
    }
}
