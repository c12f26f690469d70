using DataInclusion.Normalize;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// What the clustering keeps of a published structure once its keys are built: what <c>BestRecord.Select</c> reads
/// (the quality score is given to it), and the cluster the marts show now, so only the rows that change are rewritten.
/// </summary>
/// <param name="Score">The quality score (the mean of its services'); null when it has no service.</param>
/// <param name="Hash">The row's hash as read (<see cref="ClusteringInputs.RowHash"/>).</param>
internal readonly record struct PublishedStructure(
    string Id, string Source, DateOnly DateMaj, double? Score, string? ClusterId, bool? MeilleurDuCluster, long Hash)
{
    public Structure ToStructure() => new() { Id = Id, Source = Source, Nom = string.Empty, DateMaj = DateMaj };
}
