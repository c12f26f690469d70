namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An input object definition (spec §3.10).</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
