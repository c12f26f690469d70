namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A fragment spread (spec §2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public required NameNode Name { get; init; }
}
