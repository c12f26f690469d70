namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A directive definition (spec §3.13).</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>Directives applied to the definition, e.g. @deprecated (graphql-js 17).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public bool Repeatable { get; init; }

    public IReadOnlyList<NameNode> Locations { get; init; } = [];
}
