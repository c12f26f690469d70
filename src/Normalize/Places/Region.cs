namespace DataInclusion.Normalize.Places;

/// <summary>
/// A région of the COG (13 metropolitan, 5 overseas). <see cref="Slug"/> is data·inclusion's <c>slug_region</c>
/// (e.g. <c>provence-alpes-cote-d-azur</c>); <see cref="Departements"/> are its départements' codes, in COG order.
/// </summary>
public sealed record Region(string Code, string Nom, string Slug, IReadOnlyList<string> Departements);
