using GraphQLParser.AST;
using GraphQLNet = global::GraphQL;

namespace DataInclusion.GraphQL.Bench;

/// <summary>
/// The workload on graphql-dotnet's side: the same SDL file, SDL-first (<c>Schema.For</c>), over the same decoded root
/// object as the engine (<see cref="Workload.Root"/>); the three phases measured as the engine's are.
/// </summary>
public sealed class GraphQLNetWorkload
{
    /// <summary>The abstract types of the schema: both engines pick the object type from the parent's <c>__typename</c>.</summary>
    private static readonly string[] s_abstractTypes = ["Character", "SearchResult"];

    private readonly GraphQLNet.DocumentExecuter _executer = new();
    private readonly GraphQLNet.Validation.DocumentValidator _validator = new();

    private GraphQLNetWorkload(GraphQLNet.Types.ISchema schema, object root)
    {
        Schema = schema;
        Root = root;
    }

    public GraphQLNet.Types.ISchema Schema { get; }

    public object Root { get; }

    public static GraphQLNetWorkload Create(Workload workload)
    {
        GraphQLNet.Types.Schema? schema = null;
        schema = GraphQLNet.Types.Schema.For(File.ReadAllText(Workload.SchemaFile), builder =>
        {
            foreach (var name in s_abstractTypes)
            {
                builder.Types.For(name).ResolveType = value => TypeOf(schema!, value);
            }
        });
        schema.Initialize();

        // Fields of the SDL have no resolver: give each the dictionary reader, as the engine's default resolver reads it.
        foreach (var type in schema.AllTypes.OfType<GraphQLNet.Types.IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields)
            {
                field.Resolver ??= DictionaryFieldResolver.Instance;
            }
        }

        return new GraphQLNetWorkload(schema, workload.Root);
    }

    public static GraphQLDocument Parse(string source) => GraphQLParser.Parser.Parse(source);

    /// <summary>Options for validating one parsed document (built once per document, outside the measured loop).</summary>
    public GraphQLNet.Validation.ValidationOptions ValidationOptionsFor(GraphQLDocument document) => new()
    {
        Schema = Schema,
        Document = document,
        Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
        Rules = GraphQLNet.Validation.DocumentValidator.CoreRules,
        Variables = GraphQLNet.Inputs.Empty,
        Extensions = GraphQLNet.Inputs.Empty,
        UserContext = new Dictionary<string, object?>(),
    };

    public async ValueTask<int> ValidateAsync(GraphQLNet.Validation.ValidationOptions options)
    {
        var result = await _validator.ValidateAsync(options);
        return result.Errors.Count;
    }

    /// <summary>Parse + validate + execute through <c>DocumentExecuter</c> with its defaults (no document cache).</summary>
    public async Task<GraphQLNet.ExecutionResult> RequestAsync(string source)
    {
        var result = await _executer.ExecuteAsync(new GraphQLNet.ExecutionOptions { Schema = Schema, Query = source, Root = Root });
        return result.Errors is { Count: > 0 } && result.Data is null
            ? throw new InvalidOperationException($"graphql-dotnet request failed: {result.Errors[0].Message}")
            : result;
    }

    private static GraphQLNet.Types.IObjectGraphType TypeOf(GraphQLNet.Types.Schema schema, object value) =>
        value is IDictionary<string, object?> parent && parent.TryGetValue("__typename", out var name) && name is string typeName
            && schema.AllTypes[typeName] is GraphQLNet.Types.IObjectGraphType type
            ? type
            : throw new InvalidOperationException("The parent value names no object type in `__typename`.");
}
