namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// How a file of the set appears on data.gouv.fr, as data·inclusion names its resources (data-inclusion §6): the
/// structures and services files as <c>structures-inclusion-&lt;date&gt;</c> (file <c>…-&lt;date&gt;.csv</c>); the
/// description files of the set (manifest, checksums, data package) under their own names, as documentation.
/// </summary>
internal static class ResourceNaming
{
    /// <summary>The extra that names the file of the set a resource holds.</summary>
    public const string FileExtra = "datainclusion:fichier";

    public static bool IsData(OpenDataCatalogFile file) =>
        Stem(file).StartsWith("structures", StringComparison.Ordinal) || Stem(file).StartsWith("services", StringComparison.Ordinal);

    public static string Title(OpenDataCatalogFile file, string date) => IsData(file) ? $"{Stem(file)}-inclusion-{date}" : Flat(file.Name);

    /// <summary>The name of the uploaded file (udata titles the resource after it until the metadata is set).</summary>
    public static string UploadName(OpenDataCatalogFile file, string date) =>
        IsData(file) ? Title(file, date) + Path.GetExtension(file.Name) : Flat(file.Name);

    public static string Format(OpenDataCatalogFile file) =>
        file.Format.Length > 0 ? file.Format.ToLowerInvariant() : Path.GetExtension(file.Name).TrimStart('.').ToLowerInvariant();

    public static string Type(OpenDataCatalogFile file) => IsData(file) ? "main" : "documentation";

    public static string Description(OpenDataCatalogFile file, string date)
    {
        var format = Format(file).ToUpperInvariant();
        var stem = Stem(file);
        var what = stem.StartsWith("structures", StringComparison.Ordinal)
            ? "Structures de l'offre d'insertion sociale et professionnelle"
            : stem.StartsWith("services", StringComparison.Ordinal)
                ? "Services de l'offre d'insertion sociale et professionnelle"
                : $"Description du jeu de données ({Flat(file.Name)})";
        return $"{what}, au format {format}, selon le schéma data·inclusion v1. Export du {date} (SHA-256 {file.Sha256}). "
            + "Seules les sources dont la licence le permet y figurent ; les courriels et téléphones personnels sont retirés.";
    }

    private static string Stem(OpenDataCatalogFile file)
    {
        var name = Flat(file.Name);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }

    /// <summary>Names inside a subfolder of the set (<c>hsds/service.json</c>) become one word (<c>hsds-service.json</c>).</summary>
    private static string Flat(string name) => name.Replace('/', '-');
}
