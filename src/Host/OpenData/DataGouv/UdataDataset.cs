namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>A udata dataset, with its resources.</summary>
internal sealed record UdataDataset(string Id, IReadOnlyList<UdataResource>? Resources);
