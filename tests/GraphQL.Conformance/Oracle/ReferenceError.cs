namespace DataInclusion.GraphQL.Conformance.Oracle;

/// <summary>An error as graphql-js reports it (message, locations, path), or as the engine's result maps to it.</summary>
public sealed record ReferenceError(string Message, IReadOnlyList<SourceLocation> Locations, string? Path)
{
    public override string ToString() =>
        $"{Message} @ [{string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))}]{(Path is null ? "" : " path " + Path)}";

    public static ReferenceError From(GraphQLError error) => new(
        error.Message,
        error.Locations ?? [],
        error.Path is null ? null : string.Join('.', error.Path));
}
