using System.Text;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize.Enrichment;

/// <summary>Official commune names by code, and codes by (département, name key), from the embedded COG extract.</summary>
internal sealed class CommuneTable
{
    private static readonly Lazy<CommuneTable> s_default = new(LoadEmbedded);

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Departement, string Key), List<string>> _codes = [];

    /// <param name="communes">(code_insee, nom) pairs; codes must be valid commune codes.</param>
    public CommuneTable(IEnumerable<(string Code, string Nom)> communes)
    {
        foreach (var (code, nom) in communes)
        {
            _names[code] = nom;
            var departement = CodeInsee.Parse(code).Departement;
            Index(departement, CommuneName.Key(nom), code);
            if (CommuneName.BaseKey(nom) is { } baseKey)
            {
                Index(departement, baseKey, code);
            }
        }
    }

    /// <summary>The table compiled into the assembly, read on first use.</summary>
    public static CommuneTable Default => s_default.Value;

    public int Count => _names.Count;

    public string? NameOf(string? code) => code is not null && _names.TryGetValue(code, out var nom) ? nom : null;

    /// <summary>
    /// The code of the one commune named <paramref name="commune"/> in the département(s) of <paramref name="codePostal"/>;
    /// null when none or several match, or when the postcode gives no département (never a guess).
    /// </summary>
    public string? FindCode(string commune, string codePostal)
    {
        var departements = Departements.OfCodePostal(codePostal);
        var key = CommuneName.Key(commune);
        if (departements.Count == 0 || key.Length == 0)
        {
            return null;
        }

        var found = Lookup(departements, key);
        if (found.Count == 0 && CommuneName.WithoutArrondissement(key) is { } cityKey)
        {
            found = Lookup(departements, cityKey);
        }

        return found.Count == 1 ? found[0] : null;
    }

    private List<string> Lookup(IReadOnlyList<string> departements, string key)
    {
        var found = new List<string>(1);
        foreach (var departement in departements)
        {
            if (_codes.TryGetValue((departement, key), out var codes))
            {
                found.AddRange(codes.Where(c => !found.Contains(c)));
            }
        }

        return found;
    }

    private void Index(string departement, string key, string code)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_codes.TryGetValue((departement, key), out var codes))
        {
            codes = new List<string>(1);
            _codes[(departement, key)] = codes;
        }

        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    private static CommuneTable LoadEmbedded()
    {
        using var reader = new StreamReader(EmbeddedResources.Open("enrichment/communes.csv"), Encoding.UTF8);
        return new CommuneTable(ReadRows(reader).ToList());
    }

    // The file has no quoted fields: names contain no comma (checked when it was extracted, see Data/README.md).
    private static IEnumerable<(string Code, string Nom)> ReadRows(TextReader reader)
    {
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                yield return (line[..comma], line[(comma + 1)..]);
            }
        }
    }
}
