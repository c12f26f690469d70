namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>One field of an input object literal (spec §2.9.8).</summary>
public sealed class ObjectFieldNode : AstNode
{
    public override NodeKind Kind => NodeKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
