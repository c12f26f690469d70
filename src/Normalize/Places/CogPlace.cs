namespace DataInclusion.Normalize.Places;

/// <summary>
/// Where a commune code sits in the COG: the commune (an arrondissement's commune for 751xx, 6938x, 132xx), the
/// arrondissement when the code was one, and its département, région and EPCI. A field the COG does not know is null.
/// </summary>
public sealed record CogPlace(string? CodeCommune, string? CodeArrondissement, string? CodeDepartement, string? CodeRegion, string? CodeEpci)
{
    public static CogPlace None { get; } = new(null, null, null, null, null);
}
