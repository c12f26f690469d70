using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>An enum type (GraphQL spec §3.9). Values are represented internally by their names.</summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private readonly OrderedDictionary<string, EnumValueDefinition> _values = new(StringComparer.Ordinal);
    private Dictionary<string, EnumValueDefinition>? _byLooseName;

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => _values.Values;

    public EnumValueDefinition? GetValue(string name) => _values.GetValueOrDefault(name);

    /// <summary>Result coercion: a value name, or a CLR enum whose name matches ignoring case and underscores.</summary>
    public object? Serialize(object value)
    {
        var text = value switch
        {
            string s => s,
            Enum e => e.ToString(),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } element => element.GetString(),
            _ => null,
        };
        if (text is not null)
        {
            if (_values.TryGetValue(text, out var exact))
            {
                return exact.Name;
            }

            _byLooseName ??= _values.Values.ToDictionary(v => Loose(v.Name), StringComparer.Ordinal);
            if (_byLooseName.TryGetValue(Loose(text), out var loose))
            {
                return loose.Name;
            }
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>Input coercion of a variable value: must be the name of a value.</summary>
    public object? ParseValue(object value)
    {
        if (value is not string text)
        {
            var shown = Inspect.Value(value);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {shown}." + Suggest(shown));
        }

        if (!_values.ContainsKey(text))
        {
            throw new GraphQLException($"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text));
        }

        return text;
    }

    /// <summary>Input coercion of a literal: must be an enum literal naming a value.</summary>
    public object? ParseLiteral(ValueNode value)
    {
        if (value is not EnumValueNode node)
        {
            var shown = Printer.Print(value);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {shown}." + Suggest(shown));
        }

        if (!_values.ContainsKey(node.Value))
        {
            throw new GraphQLException($"Value \"{node.Value}\" does not exist in \"{Name}\" enum." + Suggest(node.Value));
        }

        return node.Value;
    }

    internal bool TryAddValue(EnumValueDefinition value) => _values.TryAdd(value.Name, value);

    private string Suggest(string input) =>
        Suggestions.DidYouMean(Suggestions.List(input, _values.Keys), "the enum value");

    private static string Loose(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
