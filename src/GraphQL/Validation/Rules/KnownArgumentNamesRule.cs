using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.4.1 Argument Names: arguments of fields and directives must be defined.</summary>
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    private int _directiveDepth;

    internal override void Reset() => _directiveDepth = 0;

    public override void Enter(AstNode node, ValidationContext context)
    {
        switch (node)
        {
            case DirectiveNode directive:
                _directiveDepth++;
                var definition = context.Schema.GetDirective(directive.Name.Value);
                if (definition is null)
                {
                    return;
                }

                var known = definition.Arguments.Select(a => a.Name).ToList();
                foreach (var argument in directive.Arguments)
                {
                    if (!known.Contains(argument.Name.Value))
                    {
                        context.ReportError(
                            $"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name.Value}\"." +
                            Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, known)),
                            argument);
                    }
                }

                break;
            case ArgumentNode argument when _directiveDepth == 0:
                if (context.TypeInfo.Argument is null && context.TypeInfo.FieldDefinition is { } field && context.TypeInfo.ParentType is { } parent)
                {
                    context.ReportError(
                        $"Unknown argument \"{argument.Name.Value}\" on field \"{(field.Name.StartsWith("__", StringComparison.Ordinal) ? "<meta>" : parent.Name)}.{field.Name}\"." +
                        Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, field.Arguments.Select(a => a.Name))),
                        argument);
                }

                break;
        }
    }

    public override void Leave(AstNode node, ValidationContext context)
    {
        if (node is DirectiveNode)
        {
            _directiveDepth--;
        }
    }
}
