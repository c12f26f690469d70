using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// The resolver used when none is bound: reads the field from the parent value, which may be a string-keyed
/// dictionary, a JSON object or a CLR object (public property, case-insensitive name; getters are compiled once).
/// </summary>
internal static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> s_getters = new();

    /// <summary>Resolves through the field's inline cache when the parent is a CLR object of the type seen last.</summary>
    public static object? Resolve(object? source, CollectedField field)
    {
        if (source is null)
        {
            return null;
        }

        var reader = field.Reader;
        var type = source.GetType();
        if (reader is not null && ReferenceEquals(reader.Type, type))
        {
            return reader.Getter?.Invoke(source);
        }

        if (source is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or JsonElement)
        {
            return Resolve(source, field.Definition.Name);
        }

        reader = new PropertyReader(type, s_getters.GetOrAdd((type, field.Definition.Name), static key => CreateGetter(key.Type, key.Name)));
        field.Reader = reader;
        return reader.Getter?.Invoke(source);
    }

    public static object? Resolve(object? source, string fieldName)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(fieldName, out var property) ? property : null;
            case JsonElement:
                return null;
        }

        var getter = s_getters.GetOrAdd((source.GetType(), fieldName), static key => CreateGetter(key.Type, key.Name));
        return getter?.Invoke(source);
    }

    /// <summary>The <c>__typename</c> a parent value declares, for abstract types without a type resolver.</summary>
    public static string? DeclaredTypeName(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> readOnly => readOnly.TryGetValue("__typename", out var name) ? name as string : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var entry) ? entry as string : null,
        JsonElement { ValueKind: JsonValueKind.Object } element =>
            element.TryGetProperty("__typename", out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null,
        _ => Resolve(value, "__typename") as string,
    };

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetMethod is null || property.GetIndexParameters().Length > 0)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(Expression.Property(Expression.Convert(parameter, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
