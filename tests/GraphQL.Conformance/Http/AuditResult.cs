namespace DataInclusion.GraphQL.Conformance.Http;

/// <summary>One graphql-http audit outcome: status is ok, notice (MAY), warn (SHOULD) or error (MUST).</summary>
public sealed record AuditResult(string Id, string Name, string Status, string? Reason)
{
    public override string ToString() => $"{Status.ToUpperInvariant(),-6} {Id} {Name}{(Reason is null ? "" : " — " + Reason)}";
}
