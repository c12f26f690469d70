namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A float literal, kept as written (spec §2.9.2).</summary>
public sealed class FloatValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.FloatValue;

    public required string Value { get; init; }
}
