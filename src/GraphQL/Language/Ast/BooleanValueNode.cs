namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A boolean literal (spec §2.9.3).</summary>
public sealed class BooleanValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    public bool Value { get; init; }
}
