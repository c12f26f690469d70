using System.Collections;
using System.Text.Json;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>§6.4.3 CompleteValue, ResolveAbstractType and result coercion of leaves.</summary>
internal sealed partial class OperationExecutor
{
    private ValueTask<object?> CompleteValue(GraphQLType type, CollectedField field, object? result, LazyPath path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, field, result, path);
            return inner.IsCompletedSuccessfully ? new ValueTask<object?>(CheckNonNull(inner.Result, field, path)) : AwaitNonNullAsync(inner, field, path);
        }

        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return new ValueTask<object?>((object?)null);
        }

        try
        {
            switch (type)
            {
                case ListType list:
                    return CompleteListValue(list, field, result, path.Materialize());
                case ScalarType scalar:
                    return new ValueTask<object?>(scalar.Serialize(result) ?? throw NullSerialization(scalar, result));
                case EnumType enumType:
                    return new ValueTask<object?>(enumType.Serialize(result));
                case ObjectType objectType:
                    return ExecuteSelectionSet(objectType, result, CollectSubfields(objectType, field), path.Materialize());
                default:
                    var runtimeType = ResolveAbstractType((NamedType)type, field, result);
                    return ExecuteSelectionSet(runtimeType, result, CollectSubfields(runtimeType, field), path.Materialize());
            }
        }
#pragma warning disable CA1031 // §6.4.4 completion failures (serialisation, abstract types) are field errors.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new ValueTask<object?>(HandleFieldError(exception, field, path.Materialize()));
        }
    }

    private object? CheckNonNull(object? value, CollectedField field, LazyPath path)
    {
        if (value is null)
        {
            _context.AddError(FieldError(new GraphQLException($"Cannot return null for non-nullable field {field.Coordinate}."), field, path.Materialize()));
            return Propagate;
        }

        return value;
    }

    private async ValueTask<object?> AwaitNonNullAsync(ValueTask<object?> inner, CollectedField field, LazyPath path) =>
        CheckNonNull(await inner, field, path);

    /// <summary>§6.4.3 CompleteValue for lists: items complete in parallel; a failed non-null item nulls the list.</summary>
    private ValueTask<object?> CompleteListValue(ListType type, CollectedField field, object result, ResponsePath path)
    {
        IEnumerable items = result switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => (object?)e),
            string or JsonElement or IDictionary<string, object?> or IReadOnlyDictionary<string, object?> => throw NotIterable(field),
            IEnumerable enumerable => enumerable,
            _ => throw NotIterable(field),
        };
        var values = new List<object?>(items is ICollection collection ? collection.Count : 4);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        if (items is IReadOnlyList<object?> indexed)
        {
            // Indexed: enumerating through IEnumerable would allocate an enumerator per list.
            for (var index = 0; index < indexed.Count; index++)
            {
                if (!CompleteItem(type, field, indexed[index], path, index, values, ref pending))
                {
                    return new ValueTask<object?>(Propagate);
                }
            }
        }
        else
        {
            var index = 0;
            foreach (var item in items)
            {
                if (!CompleteItem(type, field, item, path, index++, values, ref pending))
                {
                    return new ValueTask<object?>(Propagate);
                }
            }
        }

        return pending is null ? new ValueTask<object?>(FinishList(type, values)) : AwaitListAsync(type, values, pending);
    }

    /// <summary>Completes one list item into <paramref name="values"/>; false when a failed non-null item nulls the list.</summary>
    private bool CompleteItem(
        ListType type, CollectedField field, object? item, ResponsePath path, int index, List<object?> values, ref List<(int Index, ValueTask<object?> Task)>? pending)
    {
        var completion = CompleteValue(type.OfType, field, item, new LazyPath(path, ResponsePath.BoxIndex(index)));
        if (!completion.IsCompletedSuccessfully)
        {
            values.Add(null);
            (pending ??= []).Add((index, completion));
            return true;
        }

        var value = completion.Result;
        if (ReferenceEquals(value, Propagate) && type.OfType is NonNullType)
        {
            return false;
        }

        values.Add(value);
        return true;
    }

    private static async ValueTask<object?> AwaitListAsync(ListType type, List<object?> values, List<(int Index, ValueTask<object?> Task)> pending)
    {
        foreach (var (index, task) in pending)
        {
            values[index] = await task;
        }

        return FinishList(type, values);
    }

    private static object FinishList(ListType type, List<object?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (ReferenceEquals(values[i], Propagate))
            {
                if (type.OfType is NonNullType)
                {
                    return Propagate;
                }

                values[i] = null;
            }
        }

        return values;
    }

    /// <summary>§6.4.3 ResolveAbstractType: the type resolver, else the value's declared <c>__typename</c>, else its CLR type name.</summary>
    private ObjectType ResolveAbstractType(NamedType abstractType, CollectedField field, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var typeName = resolver is not null ? resolver(value) : DefaultResolver.DeclaredTypeName(value) ?? ClrTypeName(abstractType, value);
        if (typeName is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.Coordinate}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtimeType = _context.Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".");
        }

        if (!_context.Schema.IsPossibleType(abstractType, objectType))
        {
            throw new GraphQLException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return objectType;
    }

    private string? ClrTypeName(NamedType abstractType, object value)
    {
        var name = value.GetType().Name;
        foreach (var possible in _context.Schema.GetPossibleTypes(abstractType))
        {
            if (string.Equals(possible.Name, name, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    private static GraphQLException NotIterable(CollectedField field) =>
        new($"Expected Iterable, but did not find one for field \"{field.Coordinate}\".");

    private static GraphQLException NullSerialization(ScalarType scalar, object value) =>
        new($"Expected `{scalar.Name}.serialize({Internal.Inspect.Value(value)})` to return non-nullable value, returned: null");
}
