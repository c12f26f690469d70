namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A scalar definition (spec §3.5).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}
