namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A field definition (spec §3.6).</summary>
public sealed class FieldDefinitionNode : AstNode
{
    public override NodeKind Kind => NodeKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
