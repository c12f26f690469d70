namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A union extension (spec §3.8.1).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
