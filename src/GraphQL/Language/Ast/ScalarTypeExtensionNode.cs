namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A scalar extension (spec §3.5.1).</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}
