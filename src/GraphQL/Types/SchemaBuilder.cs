using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (GraphQL spec §3), binding resolvers, custom scalars and type resolvers,
/// then validates the type system; <see cref="Build"/> throws <see cref="SchemaValidationException"/> listing every problem.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DefinitionNode> _definitions = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Field, FieldResolver Resolver)> _resolvers = [];
    private readonly Dictionary<string, Func<object, string?>> _typeResolvers = new(StringComparer.Ordinal);
    private bool _allowReservedNames;

    /// <summary>Adds type system definitions and extensions; may be called several times.</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL does not parse.</exception>
    public SchemaBuilder AddTypeDefinitions(string sdl)
    {
        _definitions.AddRange(Parser.Parse(sdl).Definitions);
        return this;
    }

    /// <summary>Binds a resolver to <c>typeName.fieldName</c>.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers.Add((typeName, fieldName, resolver));
        return this;
    }

    /// <summary>Supplies the implementation of a scalar declared in the SDL (or adds it if undeclared but referenced).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Maps runtime values of an interface or union to the name of their object type.</summary>
    public SchemaBuilder AddTypeResolver(string abstractType, Func<object, string?> resolveTypeName)
    {
        _typeResolvers[abstractType] = resolveTypeName;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaValidationException">The type system is invalid.</exception>
    public Schema Build()
    {
        var context = new BuildContext(_scalars);
        CollectDefinitions(context);
        CreateTypes(context);
        FillTypes(context);
        var directives = BuildDirectives(context);
        var (query, mutation, subscription) = ResolveRootTypes(context);
        BindResolvers(context);
        context.ThrowIfErrors();

        var types = TypeMapOrder.Collect(context.Types.Values, query, mutation, subscription, directives);
        var schema = new Schema(query!, mutation, subscription, types, directives)
        {
            Description = context.SchemaDefinition?.Description?.Value,
            Definition = context.SchemaDefinition,
        };
        SchemaValidator.Validate(schema, context);
        context.ThrowIfErrors();
        return schema;
    }

    /// <summary>Builds named types only (no root types, no validation): used for the introspection types.</summary>
    internal static OrderedDictionary<string, NamedType> BuildTypes(string sdl)
    {
        var builder = new SchemaBuilder { _allowReservedNames = true }.AddTypeDefinitions(sdl);
        var context = new BuildContext(builder._scalars);
        builder.CollectDefinitions(context);
        CreateTypes(context);
        FillTypes(context);
        context.ThrowIfErrors();
        return context.Types;
    }

    private void BindResolvers(BuildContext context)
    {
        foreach (var (typeName, fieldName, resolver) in _resolvers)
        {
            var field = (context.Types.GetValueOrDefault(typeName) as ComplexType)?.GetField(fieldName);
            if (field is null)
            {
                context.Error($"Cannot bind a resolver to \"{typeName}.{fieldName}\": the schema has no such field.");
                continue;
            }

            field.Resolver = resolver;
        }

        foreach (var (typeName, resolveType) in _typeResolvers)
        {
            switch (context.Types.GetValueOrDefault(typeName))
            {
                case InterfaceType i:
                    i.ResolveType = resolveType;
                    break;
                case UnionType u:
                    u.ResolveType = resolveType;
                    break;
                default:
                    context.Error($"Cannot bind a type resolver to \"{typeName}\": it is not an interface or union type.");
                    break;
            }
        }
    }
}
