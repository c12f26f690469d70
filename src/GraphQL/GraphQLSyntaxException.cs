namespace DataInclusion.GraphQL;

/// <summary>Thrown by the parser: the message starts with "Syntax Error: " and the error carries one location.</summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException()
        : base("Syntax Error: unknown.")
    {
    }

    public GraphQLSyntaxException(string message)
        : base(message)
    {
    }

    public GraphQLSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphQLSyntaxException(string description, SourceLocation location)
        : base(new GraphQLError("Syntax Error: " + description, [location]))
    {
    }
}
