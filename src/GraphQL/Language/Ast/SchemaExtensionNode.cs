namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A schema extension (spec §3.3.2).</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
