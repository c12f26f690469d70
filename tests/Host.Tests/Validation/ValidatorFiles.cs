using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace DataInclusion.Host.Tests.Validation;

/// <summary>Producer files for the validator's doors: a workbook as a producer fills it, CSV in a zip, JSON, NDJSON, a hostile workbook.</summary>
public static class ValidatorFiles
{
    /// <summary>
    /// Structures: an <c>__ignore__</c> example row (2), a valid structure (3), an unknown commune code (E4). Services:
    /// « jeune » instead of « jeunes » on rows 2 to 6 (E2:E6), an unknown structure (B7), sv1 again (A8).
    /// </summary>
    public static byte[] Workbook()
    {
        var structures = new List<Dictionary<string, object?>>
        {
            Structure("exemple", "ex-1", "Exemple de structure", "35238"),
            Structure(null, "s1", "Maison de l'emploi", "35238"),
            Structure(null, "s2", "Centre social des Lilas", "99999"),
        };
        var services = new List<Dictionary<string, object?>>();
        for (var i = 1; i <= 5; i++)
        {
            services.Add(Service($"sv{i}", "s1", "jeune"));
        }

        services.Add(Service("sv6", "s9", "jeunes"));
        services.Add(Service("sv1", "s1", "jeunes"));
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Structures"] = structures, ["Services"] = services });
        return stream.ToArray();
    }

    /// <summary>The workbook with its first sheet replaced by a « billion laughs » XML document.</summary>
    public static byte[] BillionLaughs()
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">");
        var previous = "a";
        foreach (var name in new[] { "b", "c", "d", "e", "f", "g", "h", "i", "j" })
        {
            dtd.Append("<!ENTITY ").Append(name).Append(" \"").Append(string.Concat(Enumerable.Repeat($"&{previous};", 10))).Append("\">");
            previous = name;
        }

        var xml = dtd.Append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>").ToString();
        using var output = new MemoryStream();
        output.Write(Workbook());
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")?.Delete();
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            entry.Write(Encoding.UTF8.GetBytes(xml));
        }

        return output.ToArray();
    }

    /// <summary>structures.csv (semicolons, Windows-1252): a postcode of another département (E2). services.csv: a thématique typo (E2).</summary>
    public static byte[] CsvZip()
    {
        var structures = Encoding.Latin1.GetBytes("id;nom;date_maj;code_insee;code_postal\r\ns1;Mairie de Cesson-Sévigné;2025-01-02;35051;44000\r\n");
        var services = Encoding.UTF8.GetBytes("id,structure_id,nom,description,date_maj,thematiques\nsv1,s1,Aide au permis,Financer son permis de conduire,2025-01-02,mobilite--finacer-ma-mobilite\n");
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("structures.csv", structures), ("services.csv", services) })
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>Two valid structures, the second named with a final dot: a warning only.</summary>
    public static byte[] Ndjson() => Encoding.UTF8.GetBytes(
        "{\"id\": \"s1\", \"nom\": \"Maison de l'emploi\", \"date_maj\": \"2025-01-02\"}\n{\"id\": \"s2\", \"nom\": \"Centre social.\", \"date_maj\": \"2025-01-02\"}\n");

    /// <summary>One service whose frais is misspelt (the first record of the array).</summary>
    public static byte[] ServicesJson() => Encoding.UTF8.GetBytes(
        """[{"id": "sv1", "structure_id": "s1", "nom": "Permanence", "description": "Une permanence d'accueil", "date_maj": "2025-01-02", "frais": "gratuitt"}]""");

    private static Dictionary<string, object?> Structure(string? ignore, string id, string nom, string codeInsee) => new()
    {
        ["__ignore__"] = ignore is null ? null : "oui",
        ["id"] = id,
        ["nom"] = nom,
        ["date_maj"] = "2025-01-02",
        ["code_insee"] = codeInsee,
    };

    private static Dictionary<string, object?> Service(string id, string structureId, string publics) => new()
    {
        ["id"] = id,
        ["structure_id"] = structureId,
        ["nom"] = "Accompagnement vers l'emploi",
        ["description"] = "Un accompagnement global vers l'emploi.",
        ["publics"] = publics,
        ["date_maj"] = "2025-01-02",
    };
}
