using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object (GraphQL spec §3.6.1, §3.10).</summary>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public GraphQLType Type { get; internal set; }

    /// <summary>The default value literal, printed in introspection and coerced when the value is omitted.</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? Definition { get; internal set; }

    /// <summary>The coerced default value, computed once (see <see cref="HasDefaultValue"/>).</summary>
    internal object? CoercedDefault { get; set; }

    internal bool DefaultCoerced { get; set; }
}
