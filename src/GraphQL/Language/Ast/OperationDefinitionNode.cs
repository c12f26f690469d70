namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An operation: query, mutation or subscription (spec §2.3).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public OperationType Operation { get; init; } = OperationType.Query;

    /// <summary>Description of an executable definition (GraphQL spec, September 2025 edition; graphql-js 17).</summary>
    public StringValueNode? Description { get; init; }

    public NameNode? Name { get; init; }
}
