namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A name token (spec §2.1.9).</summary>
public sealed class NameNode : AstNode
{
    public override NodeKind Kind => NodeKind.Name;

    public required string Value { get; init; }
}
