namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A variable definition of an operation (spec §2.10).</summary>
public sealed class VariableDefinitionNode : AstNode
{
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>Description of an executable definition (GraphQL spec, September 2025 edition; graphql-js 17).</summary>
    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
