namespace DataInclusion.Host.Storage;

/// <summary>How many of a source's published structures share a cluster with other sources' structures, and whose.</summary>
/// <param name="Structures">The source's structures in a cluster with at least one other source.</param>
/// <param name="WithSources">Each other source and how many of this source's structures share a cluster with it.</param>
internal sealed record CrossSourceDuplicates(int Structures, IReadOnlyList<(string Source, int Structures)> WithSources);
