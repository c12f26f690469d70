namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An enum literal (spec §2.9.6).</summary>
public sealed class EnumValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;

    public required string Value { get; init; }
}
