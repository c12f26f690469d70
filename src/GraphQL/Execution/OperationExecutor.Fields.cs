using DataInclusion.GraphQL.Introspection;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>§6.3 ExecuteSelectionSet and §6.4 ExecuteField.</summary>
internal sealed partial class OperationExecutor
{
    /// <summary>
    /// §6.3 ExecuteSelectionSet, "normal" (parallel) evaluation: every field is started before any is awaited, so
    /// asynchronous resolvers overlap and data loader keys of a whole level are batched together.
    /// </summary>
    private ValueTask<object?> ExecuteSelectionSet(ObjectType objectType, object? source, CollectedField[] fields, ResponsePath? path)
    {
        var map = new ResultMap(fields);
        ValueTask<object?>[]? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var execution = ExecuteField(objectType, source, field, new LazyPath(path, field.ResponseKey));
            if (execution.IsCompletedSuccessfully)
            {
                // A synchronous failure of a non-null field nulls the object at once: later siblings are not executed (as graphql-js).
                if (!Store(map, i, field, execution.Result))
                {
                    return new ValueTask<object?>(Propagate);
                }
            }
            else
            {
                pending ??= new ValueTask<object?>[fields.Length];
                pending[i] = execution;
                map.Set(i, null);
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(map);
        }

        return AwaitSelectionSetAsync(map, fields, pending);
    }

    private static async ValueTask<object?> AwaitSelectionSetAsync(ResultMap map, CollectedField[] fields, ValueTask<object?>[] pending)
    {
        var propagate = false;
        for (var i = 0; i < pending.Length; i++)
        {
            if (!IsDefault(pending[i]))
            {
                propagate |= !Store(map, i, fields[i], await pending[i]);
            }
        }

        return propagate ? Propagate : map;
    }

    private static bool IsDefault(ValueTask<object?> task) => task.Equals(default(ValueTask<object?>));

    /// <summary>§6.3.1 serial execution for mutation root fields: each field completes before the next starts.</summary>
    private async ValueTask<object?> ExecuteSelectionSetSeriallyAsync(ObjectType objectType, object? source, CollectedField[] fields)
    {
        var map = new ResultMap(fields);
        var propagate = false;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var execution = ExecuteField(objectType, source, field, new LazyPath(null, field.ResponseKey));
            var value = execution.IsCompletedSuccessfully ? execution.Result : await RunToCompletionAsync(execution, null);
            propagate |= !Store(map, i, field, value);
        }

        return propagate ? Propagate : map;
    }

    /// <summary>Stores a field value; false when a non-null field failed, nulling the whole object.</summary>
    private static bool Store(ResultMap map, int index, CollectedField field, object? value)
    {
        if (ReferenceEquals(value, Propagate))
        {
            map.Set(index, null);
            return field.Definition.Type is not NonNullType;
        }

        map.Set(index, value);
        return true;
    }

    /// <summary>§6.4 ExecuteField: coerce arguments, resolve, complete.</summary>
    private ValueTask<object?> ExecuteField(ObjectType objectType, object? source, CollectedField field, LazyPath path)
    {
        var definition = field.Definition;
        if (ReferenceEquals(definition, IntrospectionTypes.TypeNameField))
        {
            return new ValueTask<object?>(objectType.Name);
        }

        ValueTask<object?> resolved;
        try
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (definition.Resolver is null && definition.Arguments.Count == 0)
            {
                // The default resolver needs no context: skip allocating one.
                resolved = new ValueTask<object?>(DefaultResolver.Resolve(source, field));
            }
            else
            {
                field.Arguments ??= Values.CoerceArgumentValues(definition.Arguments, field.Nodes[0].Arguments, _context.Variables, field.Nodes[0], field.Coordinate);
                var resolveContext = new ResolveContext(_context, objectType, definition, field.Nodes, source, field.Arguments, path.Materialize());
                resolved = definition.Resolver is { } resolver
                    ? resolver(resolveContext)
                    : new ValueTask<object?>(DefaultResolver.Resolve(source, definition.Name));
            }
        }
#pragma warning disable CA1031 // §6.4.4 a resolver failure of any kind is a field error, reported as data.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new ValueTask<object?>(HandleFieldError(exception, field, path.Materialize()));
        }

        if (resolved.IsCompletedSuccessfully)
        {
            return CompleteValue(definition.Type, field, resolved.Result, path);
        }

        return AwaitResolvedAsync(resolved, field, path);
    }

    private async ValueTask<object?> AwaitResolvedAsync(ValueTask<object?> resolved, CollectedField field, LazyPath path)
    {
        object? value;
        try
        {
            value = await resolved;
        }
#pragma warning disable CA1031 // See ExecuteField.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HandleFieldError(exception, field, path.Materialize());
        }

        return await CompleteValue(field.Definition.Type, field, value, path);
    }
}
