namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A list literal (spec §2.9.7).</summary>
public sealed class ListValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; init; } = [];
}
