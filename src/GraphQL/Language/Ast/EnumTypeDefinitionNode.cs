namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An enum definition (spec §3.9).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
