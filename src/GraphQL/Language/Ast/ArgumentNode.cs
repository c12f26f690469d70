namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An argument (spec §2.6).</summary>
public sealed class ArgumentNode : AstNode
{
    public override NodeKind Kind => NodeKind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
