namespace DataInclusion.Host.Storage;

/// <summary>Records fetched (mapped from the payloads), valid, invalid and published by one run.</summary>
internal sealed record RunCounts(int Fetched, int Valid, int Invalid, int Published)
{
    public static RunCounts None { get; } = new(0, 0, 0, 0);
}
