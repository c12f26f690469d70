using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DataInclusion.GraphQL.Execution;

/// <summary>An ordered response object: keys in selection order, sized up front, filled by index.</summary>
internal sealed class ResultMap(int capacity) : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys = new string[capacity];
    private readonly object?[] _values = new object?[capacity];

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public void Set(int index, string key, object? value)
    {
        _keys[index] = key;
        _values[index] = value;
    }

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
