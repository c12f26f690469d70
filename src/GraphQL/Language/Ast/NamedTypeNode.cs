namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A named type reference (spec §2.11).</summary>
public sealed class NamedTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;

    public required NameNode Name { get; init; }
}
