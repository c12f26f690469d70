using DataInclusion.Normalize;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// A step that every batch of a run's mapped records passes through, in order, after mapping and before the built-in
/// enrichment (<see cref="DataInclusion.Normalize.Enrichment.Enricher"/>), validation and the normalised layer's COPY
/// (see <c>SourceRunner.Normalize.cs</c>): the one place for enrichment that works best on many records at once
/// (geocoding, company lookups). A batch holds at most <see cref="PipelineOptions.BatchSize"/> records, all structures
/// of a run before its services. A step returns the batch to go on with; it must not throw on a record (a thrown
/// exception fails the run, like any infrastructure fault).
/// </summary>
internal interface IRecordBatchStep
{
    ValueTask<MappingResult> ProcessAsync(string source, MappingResult batch, CancellationToken cancellationToken);
}
