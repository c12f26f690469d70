namespace DataInclusion.Normalize.Places;

/// <summary>
/// An EPCI à fiscalité propre (its SIREN as <see cref="Code"/>, schema v1 <c>CodeEPCI</c>): type <c>CC</c>, <c>CA</c>,
/// <c>CU</c>, <c>METRO</c> or <c>MET69</c>, and the codes of its member communes.
/// </summary>
public sealed record Epci(string Code, string Type, string Nom, IReadOnlyList<string> Communes);
