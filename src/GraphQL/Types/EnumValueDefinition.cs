using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>One value of an enum type (GraphQL spec §3.9). Its internal value is its name.</summary>
public sealed class EnumValueDefinition(string name)
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? Definition { get; internal set; }
}
