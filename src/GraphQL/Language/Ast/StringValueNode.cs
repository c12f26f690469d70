namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A string or block string literal (spec §2.9.4).</summary>
public sealed class StringValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;

    public required string Value { get; init; }

    public bool Block { get; init; }
}
