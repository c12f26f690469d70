namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A named type extension (spec §3.4.3).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
