using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>A visitor called on entering and leaving each node of a depth-first walk (see <see cref="AstWalker"/>).</summary>
public abstract class AstVisitor
{
    /// <summary>Called before the node's children; return false to skip them (Leave is still called).</summary>
    public virtual bool Enter(AstNode node) => true;

    public virtual void Leave(AstNode node)
    {
    }
}
