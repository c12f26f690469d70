using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// An ordered response object: its keys are the response keys of the (cached) field plan it was executed for, so a
/// map allocates only its value array; values are filled by index.
/// </summary>
internal sealed class ResultMap(CollectedField[] fields) : IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _values = new object?[fields.Length];

    public int Count => fields.Length;

    public IEnumerable<string> Keys => fields.Select(f => f.ResponseKey);

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public void Set(int index, object? value) => _values[index] = value;

    public string KeyAt(int index) => fields[index].ResponseKey;

    public JsonEncodedText EncodedKeyAt(int index) => fields[index].EncodedKey;

    public object? ValueAt(int index) => _values[index];

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < fields.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(fields[i].ResponseKey, _values[i]);
        }
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (string.Equals(fields[i].ResponseKey, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
