namespace DataInclusion.GraphQL.Validation;

/// <summary>Stops a validation that reached its error limit.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
