namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An applied directive (spec §2.12).</summary>
public sealed class DirectiveNode : AstNode
{
    public override NodeKind Kind => NodeKind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
