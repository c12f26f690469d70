using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation;

/// <summary>
/// The objects one validation walks with (rules, context, type info), kept one set per thread and reset between
/// documents: a request then allocates only what its document makes the rules compute, not the validator itself.
/// </summary>
internal sealed class ValidationRun : AstVisitor
{
    /// <summary>A run that walked more nodes is not kept: one huge document must not pin its caches' capacity for good.</summary>
    private const int MaxRetainedNodes = 4_096;

    private static readonly DocumentNode s_emptyDocument = new();

    [ThreadStatic]
    private static ValidationRun? t_free;

    private readonly List<ValidationRule> _rules = DocumentValidator.CreateCoreRules();
    private readonly int _coreRuleCount;
    private int _nodeCount;

    private ValidationRun(Schema schema, DocumentNode document, int maxErrors)
    {
        _coreRuleCount = _rules.Count;
        Context = new ValidationContext(schema, document, new TypeInfo(schema), maxErrors);
    }

    public ValidationContext Context { get; }

    /// <summary>The visitor of the walk: every rule on each node, with the type info entered before and left after them.</summary>
    public AstVisitor Visitor => this;

    /// <summary>The thread's run, taken out of its slot while in use (a validation nested in a rule gets a fresh one).</summary>
    public static ValidationRun Rent(Schema schema, DocumentNode document, ValidationOptions options)
    {
        var run = t_free;
        t_free = null;
        if (run is null)
        {
            run = new ValidationRun(schema, document, options.MaxErrors);
        }
        else
        {
            run.Context.Reset(schema, document, options.MaxErrors);
        }

        DocumentValidator.AddOptionalRules(run._rules, options);
        return run;
    }

    public static void Return(ValidationRun run)
    {
        run._rules.RemoveRange(run._coreRuleCount, run._rules.Count - run._coreRuleCount);
        for (var i = 0; i < run._rules.Count; i++)
        {
            run._rules[i].Reset();
        }

        // Emptied now, not at the next rent: the idle run must hold no node of this document.
        run.Context.Reset(run.Context.Schema, s_emptyDocument, 0);
        if (run._nodeCount <= MaxRetainedNodes)
        {
            run._nodeCount = 0;
            t_free = run;
        }
    }

    public override bool Enter(AstNode node)
    {
        _nodeCount++;
        Context.TypeInfo.Enter(node);
        for (var i = 0; i < _rules.Count; i++)
        {
            _rules[i].Enter(node, Context);
        }

        return true;
    }

    public override void Leave(AstNode node)
    {
        for (var i = 0; i < _rules.Count; i++)
        {
            _rules[i].Leave(node, Context);
        }

        Context.TypeInfo.Leave(node);
    }
}
