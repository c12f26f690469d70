namespace DataInclusion.Host.Tests.Validation;

/// <summary>
/// The one table that drives the validator's three doors (page, CLI, API): the files sent, and the findings each door
/// must report — <c>level code file position</c>, position being the cell, else the line (or record number) — and the
/// CLI's exit code.
/// </summary>
public static class ValidatorCases
{
    public static readonly IReadOnlyDictionary<string, ValidatorCase> All = new Dictionary<string, ValidatorCase>
    {
        ["classeur"] = new([("offre.xlsx", ValidatorFiles.Workbook())], 1,
        [
            "error code_insee.inconnu offre.xlsx Structures!E4",
            .. Enumerable.Range(2, 5).Select(line => $"error publics.inconnu offre.xlsx Services!E{line}"),
            "error structure_id.inconnue offre.xlsx Services!B7",
            "error id.doublon offre.xlsx Services!A8",
        ]),
        ["zip-csv"] = new([("offre.zip", ValidatorFiles.CsvZip())], 1,
        [
            "warning code_postal.commune offre.zip/structures.csv E2",
            "error thematiques.inconnu offre.zip/services.csv F2",
        ]),
        ["ndjson-avertissement"] = new([("structures.ndjson", ValidatorFiles.Ndjson())], 0,
        [
            "warning nom.point-final structures.ndjson ligne 2",
        ]),
        ["json-services"] = new([("services.json", ValidatorFiles.ServicesJson())], 1,
        [
            "error frais.inconnu services.json ligne 1",
        ]),
        ["classeur-billion-laughs"] = new([("offre.xlsx", ValidatorFiles.BillionLaughs())], 2,
        [
            "error document.illisible offre.xlsx ",
        ]),
    };

    public static TheoryData<string, string> CasesByDoor()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in All.Keys)
        {
            foreach (var door in new[] { "page", "cli", "api" })
            {
                data.Add(name, door);
            }
        }

        return data;
    }

    public static string Signature(string severity, string code, string file, string? cell, int? line) =>
        $"{severity} {code} {file} {(string.IsNullOrEmpty(cell) ? (line is { } l ? $"ligne {l}" : string.Empty) : cell)}";
}

/// <summary>One row of the table.</summary>
public sealed record ValidatorCase(IReadOnlyList<(string Name, byte[] Content)> Files, int ExitCode, IReadOnlyList<string> Findings);
