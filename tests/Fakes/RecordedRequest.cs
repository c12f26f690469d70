namespace DataInclusion.Fakes;

/// <summary>A request as the fake received it, for assertions.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    FaultKind? Fault)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string Query(string name)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + PathAndQuery).Query);
        return query.TryGetValue(name, out var value) ? value.ToString() : string.Empty;
    }
}
