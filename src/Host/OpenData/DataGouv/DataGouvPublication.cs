namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>What one publication of a set to data.gouv.fr did: the files published, and each failure with its reason.</summary>
internal sealed record DataGouvPublication(string SetId, int Published, IReadOnlyList<DataGouvFailure> Failures)
{
    public bool Succeeded => Failures.Count == 0;
}
