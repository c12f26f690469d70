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
        var run = ValidationRun.Rent(schema, document, options);
        try
        {
            AstWalker.Walk(document, run.Visitor);
        }
        catch (ValidationAbortedException)
        {
            run.Context.Abort();
        }

        // Not returned when a rule threw anything else: a run in an unknown state is dropped, never reused.
        var errors = run.Context.Errors;
        ValidationRun.Return(run);
        return errors;
    }

    /// <summary>The specified rules, in graphql-js order (reused across documents, see <see cref="ValidationRule.Reset"/>).</summary>
    internal static List<ValidationRule> CreateCoreRules() =>
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

    /// <summary>The rules <paramref name="options"/> add after the core ones, made for each document.</summary>
    internal static void AddOptionalRules(List<ValidationRule> rules, ValidationOptions options)
    {
        if (!options.IntrospectionEnabled)
        {
            rules.Add(new NoIntrospectionRule());
        }

        if (options.MaxDepth is not null || options.MaxFieldCount is not null)
        {
            rules.Add(new OperationLimitsRule(options.MaxDepth, options.MaxFieldCount));
        }
    }
}
