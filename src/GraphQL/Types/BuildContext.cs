using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>State of one <see cref="SchemaBuilder.Build"/> run: definitions by name, created types, collected errors.</summary>
internal sealed class BuildContext(IReadOnlyDictionary<string, ScalarType> customScalars)
{
    private readonly List<GraphQLError> _errors = [];

    public IReadOnlyDictionary<string, ScalarType> CustomScalars { get; } = customScalars;

    public OrderedDictionary<string, TypeDefinitionNode> TypeDefinitions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<TypeExtensionNode>> Extensions { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, DirectiveDefinitionNode> DirectiveDefinitions { get; } = new(StringComparer.Ordinal);

    public SchemaDefinitionNode? SchemaDefinition { get; set; }

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    public OrderedDictionary<string, NamedType> Types { get; } = new(StringComparer.Ordinal);

    public void Error(string message, params AstNode?[] nodes)
    {
        var locations = new List<SourceLocation>();
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location);
            }
        }

        _errors.Add(new GraphQLError(message, locations));
    }

    public void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors.ToList());
        }
    }

    /// <summary>Looks a named type up: defined types, then registered and built-in scalars.</summary>
    public NamedType? FindType(string name)
    {
        if (Types.TryGetValue(name, out var type))
        {
            return type;
        }

        if (CustomScalars.TryGetValue(name, out var scalar) || (scalar = Scalars.Find(name)) is not null)
        {
            Types.Add(name, scalar);
            return scalar;
        }

        return null;
    }

    public GraphQLType? ResolveType(TypeNode node)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                var inner = ResolveType(nonNull.Type);
                return inner is null ? null : new NonNullType(inner);
            case ListTypeNode list:
                var item = ResolveType(list.Type);
                return item is null ? null : new ListType(item);
            default:
                var named = (NamedTypeNode)node;
                var type = FindType(named.Name.Value);
                if (type is null)
                {
                    var suggestions = Suggestions.List(named.Name.Value, Types.Keys.Concat(Scalars.All.Select(s => s.Name)));
                    Error($"Unknown type \"{named.Name.Value}\"." + Suggestions.DidYouMean(suggestions), named);
                }

                return type;
        }
    }
}
