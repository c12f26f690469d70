namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An input object extension (spec §3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
