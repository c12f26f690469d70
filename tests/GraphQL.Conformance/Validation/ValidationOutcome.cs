using DataInclusion.GraphQL.Conformance.Oracle;

namespace DataInclusion.GraphQL.Conformance.Validation;

/// <summary>The verdict on one document: syntax error, or the validation errors (empty when valid).</summary>
public sealed record ValidationOutcome(bool SyntaxError, IReadOnlyList<ReferenceError> Errors)
{
    public bool Valid => !SyntaxError && Errors.Count == 0;

    /// <summary>The sorted set of all error locations: compared exactly between the engine and graphql-js.</summary>
    public IReadOnlyList<SourceLocation> LocationSet => Errors
        .SelectMany(e => e.Locations)
        .Distinct()
        .OrderBy(l => l.Line)
        .ThenBy(l => l.Column)
        .ToList();

    public IReadOnlyList<string> MessageSet => Errors.Select(e => e.Message).Distinct().Order(StringComparer.Ordinal).ToList();

    public string Describe() => SyntaxError
        ? "syntax error: " + string.Join(" | ", Errors)
        : Valid ? "valid" : "invalid: " + string.Join(" | ", Errors);
}
