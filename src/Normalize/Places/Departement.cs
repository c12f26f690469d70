namespace DataInclusion.Normalize.Places;

/// <summary>
/// A département of the COG (or an overseas collectivity with its own code: 975, 977, 978, 984, 986–989).
/// <see cref="Slug"/> is data·inclusion's <c>slug_departement</c> (e.g. <c>ille-et-vilaine</c>).
/// </summary>
/// <param name="CodeRegion">Its région; null for the overseas collectivities (COM), which belong to none.</param>
public sealed record Departement(string Code, string Nom, string Slug, string? CodeRegion);
