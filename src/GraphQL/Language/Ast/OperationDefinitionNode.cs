namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An operation: query, mutation or subscription (spec §2.3).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public OperationType Operation { get; init; } = OperationType.Query;

    public NameNode? Name { get; init; }
}
