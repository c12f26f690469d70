namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A whole GraphQL document (spec §2.2).</summary>
public sealed class DocumentNode : AstNode
{
    public override NodeKind Kind => NodeKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; init; } = [];
}
