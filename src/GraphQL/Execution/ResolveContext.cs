using System.Text.Json;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves (graphql-js GraphQLResolveInfo plus request services).</summary>
public sealed class ResolveContext
{
    private static readonly JsonSerializerOptions s_jsonOptions = new() { PropertyNameCaseInsensitive = true };
    private readonly ExecutionContext _execution;
    private readonly ResponsePath _path;

    internal ResolveContext(
        ExecutionContext execution,
        ObjectType parentType,
        FieldDefinition field,
        IReadOnlyList<FieldNode> fieldNodes,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath path)
    {
        _execution = execution;
        _path = path;
        ParentType = parentType;
        FieldDefinition = field;
        FieldNodes = fieldNodes;
        Source = source;
        Arguments = arguments;
    }

    /// <summary>The parent value (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>Coerced argument values: int, double, string, bool, enum names, lists and dictionaries.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public string FieldName => FieldDefinition.Name;

    public FieldDefinition FieldDefinition { get; }

    public ObjectType ParentType { get; }

    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response path of this field: names and list indices.</summary>
    public IReadOnlyList<object> Path => _path.ToList();

    public Schema Schema => _execution.Schema;

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public IServiceProvider? Services => _execution.Services;

    public object? UserContext => _execution.UserContext;

    public CancellationToken CancellationToken => _execution.CancellationToken;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>An argument converted to <typeparamref name="T"/>; default when absent or null.</summary>
    public T? GetArgument<T>(string name) => GetArgument<T>(name, default);

    public T? GetArgument<T>(string name, T? defaultValue)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return defaultValue;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum && value is string text)
        {
            return (T)Enum.Parse(target, text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        }

        // Input objects and lists: map through JSON onto the requested CLR shape.
        return JsonSerializer.SerializeToElement(value).Deserialize<T>(s_jsonOptions);
    }

    /// <summary>
    /// A request-scoped batching loader, shared by every resolver that asks for the same name: keys requested while a
    /// level of the response is being resolved are passed to <paramref name="batch"/> in one call.
    /// </summary>
    public DataLoader<TKey, TValue> Loader<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch)
        where TKey : notnull =>
        _execution.Loaders.GetOrAdd(name, batch);
}
