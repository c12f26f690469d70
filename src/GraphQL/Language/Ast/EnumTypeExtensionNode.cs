namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An enum extension (spec §3.9.1).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
