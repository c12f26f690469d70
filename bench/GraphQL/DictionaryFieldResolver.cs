using GraphQLNet = global::GraphQL;

namespace DataInclusion.GraphQL.Bench;

/// <summary>
/// graphql-dotnet's counterpart of the engine's default resolver over the decoded root value: reads the field's name
/// from the parent dictionary. graphql-dotnet's own default (NameFieldResolver) reads CLR properties and methods only,
/// so without it every field would fail on a dictionary parent.
/// </summary>
public sealed class DictionaryFieldResolver : GraphQLNet.Resolvers.IFieldResolver
{
    public static DictionaryFieldResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(GraphQLNet.IResolveFieldContext context) =>
        new(context.Source is IDictionary<string, object?> parent && parent.TryGetValue(context.FieldDefinition.Name, out var value)
            ? value
            : null);
}
