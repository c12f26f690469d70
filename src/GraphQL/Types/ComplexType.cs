namespace DataInclusion.GraphQL.Types;

/// <summary>An object or interface type: named fields, and the interfaces it implements (GraphQL spec §3.6, §3.7).</summary>
public abstract class ComplexType : NamedType
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields in definition order, with a hashed lookup by name.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    internal bool TryAddField(FieldDefinition field) => _fields.TryAdd(field.Name, field);

    internal void AddInterface(InterfaceType type) => _interfaces.Add(type);
}
