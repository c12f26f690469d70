namespace DataInclusion.Normalize;

/// <summary>A zip archive or workbook refused before parsing; the message is French, for the producer.</summary>
public sealed class UnsafeArchiveException : Exception
{
    public UnsafeArchiveException()
    {
    }

    public UnsafeArchiveException(string message)
        : base(message)
    {
    }

    public UnsafeArchiveException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
