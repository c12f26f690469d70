using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;
using DataInclusion.GraphQL.Validation.Rules;

namespace DataInclusion.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (GraphQL spec §5): all rules run in one walk, in graphql-js
/// order, so errors come out in the same order; limits from <see cref="ValidationOptions"/> run after them.
/// </summary>
public static class DocumentValidator
{
    private static readonly ValidationOptions s_defaults = new();

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        options ??= s_defaults;
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options.MaxErrors);
        var rules = CreateRules(options);
        try
        {
            AstWalker.Walk(document, new RuleVisitor(rules, context));
        }
        catch (ValidationAbortedException)
        {
            context.Abort();
        }

        return context.Errors;
    }

    private static List<ValidationRule> CreateRules(ValidationOptions options)
    {
        List<ValidationRule> rules =
        [
            new ExecutableDefinitionsRule(),
            new KnownOperationTypesRule(),
            new UniqueOperationNamesRule(),
            new LoneAnonymousOperationRule(),
            new SingleFieldSubscriptionsRule(),
            new KnownTypeNamesRule(),
            new FragmentsOnCompositeTypesRule(),
            new VariablesAreInputTypesRule(),
            new ScalarLeafsRule(),
            new FieldsOnCorrectTypeRule(),
            new UniqueFragmentNamesRule(),
            new KnownFragmentNamesRule(),
            new NoUnusedFragmentsRule(),
            new PossibleFragmentSpreadsRule(),
            new NoFragmentCyclesRule(),
            new UniqueVariableNamesRule(),
            new NoUndefinedVariablesRule(),
            new NoUnusedVariablesRule(),
            new KnownDirectivesRule(),
            new UniqueDirectivesPerLocationRule(),
            new KnownArgumentNamesRule(),
            new UniqueArgumentNamesRule(),
            new ValuesOfCorrectTypeRule(),
            new ProvidedRequiredArgumentsRule(),
            new VariablesInAllowedPositionRule(),
            new OverlappingFieldsCanBeMergedRule(),
            new UniqueInputFieldNamesRule(),
            new MaxIntrospectionDepthRule(),
        ];
        if (!options.IntrospectionEnabled)
        {
            rules.Add(new NoIntrospectionRule());
        }

        if (options.MaxDepth is not null || options.MaxFieldCount is not null)
        {
            rules.Add(new OperationLimitsRule(options.MaxDepth, options.MaxFieldCount));
        }

        return rules;
    }

    /// <summary>Runs every rule on each node, with the type info entered before and left after them.</summary>
    private sealed class RuleVisitor(List<ValidationRule> rules, ValidationContext context) : AstVisitor
    {
        public override bool Enter(AstNode node)
        {
            context.TypeInfo.Enter(node);
            foreach (var rule in rules)
            {
                rule.Enter(node, context);
            }

            return true;
        }

        public override void Leave(AstNode node)
        {
            foreach (var rule in rules)
            {
                rule.Leave(node, context);
            }

            context.TypeInfo.Leave(node);
        }
    }
}
