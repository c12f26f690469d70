using System.Collections.Concurrent;
using DataInclusion.GraphQL.Conformance.Corpus;
using DataInclusion.GraphQL.Conformance.Oracle;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Types;
using DataInclusion.GraphQL.Validation;

namespace DataInclusion.GraphQL.Conformance.Validation;

/// <summary>The engine's verdict on a corpus document: <see cref="Parser"/> then <see cref="DocumentValidator"/>.</summary>
public static class EngineValidation
{
    private static readonly ConcurrentDictionary<string, Lazy<Schema>> s_schemas = new(StringComparer.Ordinal);

    public static Schema SchemaFor(string schemaFile) => s_schemas.GetOrAdd(
        schemaFile,
        file => new Lazy<Schema>(() => new SchemaBuilder()
            .AddTypeDefinitions(File.ReadAllText(Path.Combine(ConformancePaths.Corpus, file)))
            .Build())).Value;

    public static ValidationOutcome Validate(CorpusDocument document)
    {
        var schema = SchemaFor(document.SchemaFile);
        Language.Ast.DocumentNode ast;
        try
        {
            ast = Parser.Parse(document.Source);
        }
        catch (GraphQLSyntaxException ex)
        {
            return new ValidationOutcome(true, [ReferenceError.From(ex.Error)]);
        }

        var errors = DocumentValidator.Validate(schema, ast);
        return new ValidationOutcome(false, errors.Select(ReferenceError.From).ToList());
    }
}
