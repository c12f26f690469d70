namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An enum value definition (spec §3.9).</summary>
public sealed class EnumValueDefinitionNode : AstNode
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
