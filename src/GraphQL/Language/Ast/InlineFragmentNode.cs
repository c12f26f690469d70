namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An inline fragment (spec §2.8.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
