namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A field, fragment spread or inline fragment (spec §2.4).</summary>
public abstract class SelectionNode : AstNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
