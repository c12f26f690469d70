namespace DataInclusion.Normalize.Enrichment;

/// <summary>
/// What <see cref="Enricher"/> returns: the enriched record and the v1 names of the fields it changed
/// (e.g. <c>code_insee</c>, <c>telephone</c>), in rule order, each at most once, so operators can count enrichments.
/// </summary>
/// <remarks>When nothing changed, <see cref="Value"/> is the input instance itself and <see cref="ChangedFields"/> is empty.</remarks>
public sealed record EnrichmentResult<T>(T Value, IReadOnlyList<string> ChangedFields)
{
    public bool Changed => ChangedFields.Count > 0;
}
