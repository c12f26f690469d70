using System.Reflection;
using System.Text.Json;

namespace DataInclusion.Pipeline.Bench;

/// <summary>The real values a feed draws from: référentiels of <c>schema/</c> and the COG commune table of src/Normalize.</summary>
internal sealed class Vocabulary
{
    private Vocabulary(string root)
    {
        string[] Values(string name) =>
            JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "schema", "referentiels", name + ".json"))).RootElement
                .EnumerateArray().Select(item => item.GetProperty("value").GetString()!).ToArray();

        Thematiques = Values("thematiques");
        Categories = Values("categories-thematiques");
        Publics = Values("publics").Where(p => p != "tous-publics").ToArray();
        Types = Values("types-de-services");
        Frais = Values("frais");
        ModesAccueil = Values("modes-accueil");
        ModesMobilisation = Values("modes-mobilisation");
        Mobilisateurs = Values("personnes-mobilisatrices");
        Reseaux = Values("reseaux-porteurs");
        Communes = File.ReadLines(Path.Combine(root, "src", "Normalize", "Enrichment", "Data", "communes.csv"))
            .Skip(1)
            .Select(line => line.Split(',', 2))
            .Select(cells => (Code: cells[0], Nom: cells[1].Trim('"')))
            .ToArray();
    }

    public static string RepositoryRoot { get; } = typeof(Vocabulary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public string[] Thematiques { get; }

    public string[] Categories { get; }

    /// <summary>Every public but <c>tous-publics</c>, which must stand alone and is drawn separately.</summary>
    public string[] Publics { get; }

    public string[] Types { get; }

    public string[] Frais { get; }

    public string[] ModesAccueil { get; }

    public string[] ModesMobilisation { get; }

    public string[] Mobilisateurs { get; }

    public string[] Reseaux { get; }

    public (string Code, string Nom)[] Communes { get; }

    public static Vocabulary Load() => new(RepositoryRoot);
}
