namespace DataInclusion.GraphQL.Types;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the type system is invalid (GraphQL spec §3); lists every problem.</summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException()
        : this([])
    {
    }

    public SchemaValidationException(string message)
        : base(message)
    {
        Errors = [new GraphQLError(message)];
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message)];
    }

    public SchemaValidationException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
