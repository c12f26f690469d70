using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation;

/// <summary>One validation rule: called on entering and leaving each node, with the shared context.</summary>
public abstract class ValidationRule
{
    public virtual void Enter(AstNode node, ValidationContext context)
    {
    }

    public virtual void Leave(AstNode node, ValidationContext context)
    {
    }
}
