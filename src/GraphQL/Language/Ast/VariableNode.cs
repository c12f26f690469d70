namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A variable reference (spec §2.10).</summary>
public sealed class VariableNode : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;

    public required NameNode Name { get; init; }
}
