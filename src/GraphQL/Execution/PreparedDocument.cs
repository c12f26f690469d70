using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;
using DataInclusion.GraphQL.Validation;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// A document parsed and validated against one schema with one set of limits: executing it again skips lexing, parsing
/// and validation (see <see cref="DocumentCache"/>). Only this type can vouch for validation, so it cannot be forged.
/// </summary>
public sealed class PreparedDocument
{
    private PreparedDocument(Schema schema, DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Schema = schema;
        Document = document;
        Errors = errors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document?.Definitions ?? [])
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
    }

    public Schema Schema { get; }

    /// <summary>The syntax tree; null when the text is not a document (<see cref="Errors"/> holds the syntax error).</summary>
    public DocumentNode? Document { get; }

    /// <summary>The syntax error, or the validation errors; empty when the document may be executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The fragment definitions by name, built once for every execution of the document.</summary>
    internal Dictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Wraps a document the caller's own validation just passed.</summary>
    internal static PreparedDocument FromValidated(Schema schema, DocumentNode document) => new(schema, document, []);

    /// <summary>Parses and validates <paramref name="text"/> with the parser and validation limits of <paramref name="options"/>.</summary>
    public static PreparedDocument Prepare(Schema schema, string text, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExecutionOptions.Default;
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, new ParserOptions { MaxTokens = options.MaxTokens });
        }
        catch (GraphQLSyntaxException exception)
        {
            return new PreparedDocument(schema, null, [exception.Error]);
        }

        return new PreparedDocument(schema, document, DocumentValidator.Validate(schema, document, options.ToValidationOptions()));
    }
}
