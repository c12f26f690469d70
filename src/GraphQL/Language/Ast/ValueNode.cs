namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An input value literal (spec §2.9).</summary>
public abstract class ValueNode : AstNode
{
}
