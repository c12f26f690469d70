namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A root operation type binding (spec §3.3.1).</summary>
public sealed class OperationTypeDefinitionNode : AstNode
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    public OperationType Operation { get; init; } = OperationType.Query;

    public required NamedTypeNode Type { get; init; }
}
