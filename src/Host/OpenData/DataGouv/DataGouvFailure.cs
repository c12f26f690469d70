namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>A file of the set that could not be published; its previous file stays online.</summary>
internal sealed record DataGouvFailure(string FileName, string Reason);
