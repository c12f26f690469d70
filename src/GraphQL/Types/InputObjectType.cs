namespace DataInclusion.GraphQL.Types;

/// <summary>An input object type (GraphQL spec §3.10); <see cref="IsOneOf"/> marks a @oneOf input.</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    private readonly OrderedDictionary<string, InputValueDefinition> _fields = new(StringComparer.Ordinal);

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyDictionary<string, InputValueDefinition> Fields => _fields;

    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    internal bool TryAddField(InputValueDefinition field) => _fields.TryAdd(field.Name, field);
}
