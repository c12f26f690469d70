namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A list type reference (spec §2.11).</summary>
public sealed class ListTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;

    public required TypeNode Type { get; init; }
}
