namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A selection set (spec §2.4).</summary>
public sealed class SelectionSetNode : AstNode
{
    public override NodeKind Kind => NodeKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; init; } = [];
}
