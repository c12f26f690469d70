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

    /// <summary>
    /// Forgets what the rule learnt of the last document: rule instances are reused, one set per thread, so a rule that
    /// keeps state across nodes must clear it here (keeping its collections' capacity is the point).
    /// </summary>
    internal virtual void Reset()
    {
    }
}
