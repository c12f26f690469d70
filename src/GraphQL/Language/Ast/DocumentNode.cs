namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A whole GraphQL document (spec §2.2).</summary>
public sealed class DocumentNode : AstNode
{
    public override NodeKind Kind => NodeKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; init; } = [];

    /// <summary>
    /// False when the parser met no variable (<c>$name</c>) anywhere in the document: validation then knows, without
    /// walking it again, that no operation or fragment uses one. True for documents built by hand.
    /// </summary>
    public bool HasVariables { get; init; } = true;
}
