namespace DataInclusion.Normalize.Dedup;

/// <summary>A set of structures taken to be one physical place; a singleton when nothing matched.</summary>
/// <param name="ClusterId">Stable across runs (see <see cref="ClusterIds"/>).</param>
/// <param name="MemberIds">The member structure ids, sorted (ordinal).</param>
public sealed record StructureCluster(string ClusterId, IReadOnlyList<string> MemberIds);
