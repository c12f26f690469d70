namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A union definition (spec §3.8).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
