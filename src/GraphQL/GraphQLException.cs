namespace DataInclusion.GraphQL;

/// <summary>An exception that carries a <see cref="GraphQLError"/> to be reported as data.</summary>
public class GraphQLException : Exception
{
    public GraphQLException()
        : this("GraphQL error.")
    {
    }

    public GraphQLException(string message)
        : this(new GraphQLError(message))
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new GraphQLError(message);
    }

    public GraphQLException(GraphQLError error)
        : base(error.Message)
    {
        Error = error;
    }

    public GraphQLError Error { get; }
}
