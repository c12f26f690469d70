namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A variable definition of an operation (spec §2.10).</summary>
public sealed class VariableDefinitionNode : AstNode
{
    public override NodeKind Kind => NodeKind.VariableDefinition;

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
