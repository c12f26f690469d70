using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Places;

namespace DataInclusion.Normalize.Validation;

/// <summary>The rules that need every record of the request: ids, structures of services, commune and postcode.</summary>
internal sealed partial class ValidationRun
{
    public void CheckAcrossRecords()
    {
        Duplicates(_structures, s => s.Id);
        Duplicates(_services, s => s.Id);
        StructuresOfServices();
        foreach (var entry in _structures)
        {
            Commune(entry.Part, entry.Location, entry.Record.Id, entry.Record.CodeInsee, entry.Record.CodePostal, entry.MarkInvalid);
        }

        foreach (var entry in _services)
        {
            Commune(entry.Part, entry.Location, entry.Record.Id, entry.Record.CodeInsee, entry.Record.CodePostal, entry.MarkInvalid);
        }
    }

    /// <summary>The pipeline keeps the first record of an id (<c>id.doublon</c>): the others are reported where they are.</summary>
    private void Duplicates<T>(List<Entry<T>> entries, Func<T, string?> id)
        where T : class
    {
        var first = new Dictionary<string, Entry<T>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = id(entry.Record)?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                continue;
            }

            if (!first.TryAdd(key, entry))
            {
                var original = first[key];
                var where = original.Part == entry.Part ? original.Location.Line is { } l ? $"ligne {l}" : $"enregistrement n° {original.Location.Index + 1}"
                    : $"{original.Part.File}{(original.Part.Sheet is { } s ? $" ({s})" : string.Empty)}";
                AddFinding(entry.Part, entry.Location, key, new ValidationIssue(entry.Part.ResourceType, key, "id", "id.doublon", IssueSeverity.Error, key,
                    $"L'identifiant « {key} » apparaît plusieurs fois (première occurrence : {where}) : seule la première occurrence est retenue."), entry.MarkInvalid);
            }
        }
    }

    /// <summary>
    /// A service is published only with a valid structure of the same delivery (<c>structure_id.inconnue</c>). Checked
    /// when structures were sent: a services file alone cannot say.
    /// </summary>
    private void StructuresOfServices()
    {
        if (!_structuresGiven)
        {
            return;
        }

        var structures = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in _structures)
        {
            var key = entry.Record.Id?.Trim() ?? string.Empty;
            structures[key] = structures.GetValueOrDefault(key) || !entry.IsInvalid;
        }

        foreach (var entry in _services)
        {
            var structureId = entry.Record.StructureId?.Trim();
            if (string.IsNullOrEmpty(structureId))
            {
                continue;
            }

            if (!structures.TryGetValue(structureId, out var valid))
            {
                AddFinding(entry.Part, entry.Location, entry.Record.Id, new ValidationIssue(ValidationIssue.ServiceType, entry.Record.Id, "structure_id",
                    "structure_id.inconnue", IssueSeverity.Error, structureId,
                    $"La structure « {structureId} » de ce service est absente des structures fournies : le service ne serait pas publié."), entry.MarkInvalid);
            }
            else if (!valid)
            {
                AddFinding(entry.Part, entry.Location, entry.Record.Id, new ValidationIssue(ValidationIssue.ServiceType, entry.Record.Id, "structure_id",
                    "structure_id.invalide", IssueSeverity.Warning, structureId,
                    $"La structure « {structureId} » de ce service a des erreurs : le service ne sera publié qu'une fois la structure corrigée."));
            }
        }
    }

    /// <summary>
    /// A commune code must exist in the COG (the valideur's <c>bad-code-insee</c>). The postcode must be one of the
    /// commune's (COG 2026, La Poste's codes), a warning since a producer may know better than our millésime.
    /// </summary>
    private void Commune(Part part, RecordLocation location, string? id, string? codeInsee, string? codePostal, Action markInvalid)
    {
        if (!Normalize.CodeInsee.TryParse(codeInsee, out var code))
        {
            return;
        }

        var commune = CommuneTable.Default.NameOf(code.Value) ?? CommuneTable.Default.NameOf(Arrondissements.CommuneOf(code.Value));
        if (commune is null && Cog.CodesPostauxOf(code.Value) is not null)
        {
            // A commune created since the commune table's millésime (pre-2023) but in the 2026 COG.
            commune = code.Value;
        }

        if (commune is null)
        {
            AddFinding(part, location, id, new ValidationIssue(part.ResourceType, id ?? string.Empty, "code_insee", "code_insee.inconnu", IssueSeverity.Error,
                code.Value, $"Le code commune « {code.Value} » n'existe pas."), markInvalid);
            return;
        }

        // La Poste's codes of the commune when both are known; a CEDEX or unknown postcode is only checked against the
        // commune's département (its first two or three digits).
        if (Cog.CodesPostauxOf(code.Value) is { } codesPostaux && Cog.IsCodePostal(codePostal))
        {
            if (!codesPostaux.Contains(codePostal!))
            {
                AddFinding(part, location, id, new ValidationIssue(part.ResourceType, id ?? string.Empty, "code_postal", "code_postal.commune", IssueSeverity.Warning,
                    codePostal, $"Le code postal « {codePostal} » n'est pas celui de la commune « {commune} » ({code.Value}) : {string.Join(", ", codesPostaux.Order(StringComparer.Ordinal))}."));
            }

            return;
        }

        var departements = Departements.OfCodePostal(codePostal);
        if (departements.Count > 0 && !departements.Contains(code.Departement))
        {
            AddFinding(part, location, id, new ValidationIssue(part.ResourceType, id ?? string.Empty, "code_postal", "code_postal.commune", IssueSeverity.Warning,
                codePostal, $"Le code postal « {codePostal} » n'est pas un code du département {code.Departement} de la commune « {commune} » ({code.Value})."));
        }
    }
}
