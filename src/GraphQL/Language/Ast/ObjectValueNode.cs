namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An input object literal (spec §2.9.8).</summary>
public sealed class ObjectValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];
}
