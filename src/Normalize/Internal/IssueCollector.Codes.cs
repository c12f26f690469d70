namespace DataInclusion.Normalize.Internal;

/// <summary>Rules on identifiers and codes: SIRET, postcode, commune code, zone d'éligibilité.</summary>
internal sealed partial class IssueCollector
{
    /// <summary>A malformed SIRET is an error; a wrong key only a warning: SIRENE, not the key, says if it exists.</summary>
    public void Siret(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!Normalize.Siret.TryParse(value, out var siret))
        {
            Add("siret", "siret.format", IssueSeverity.Error, value, "Le champ `siret` doit contenir 14 chiffres.");
        }
        else if (!siret.HasValidKey)
        {
            Add("siret", "siret.cle", IssueSeverity.Warning, value,
                "La clé de contrôle du champ `siret` est invalide (algorithme de Luhn) : vérifiez le numéro.");
        }
    }

    public void Address(string? codePostal, string? codeInsee, double? longitude, double? latitude)
    {
        if (codePostal is not null && !CodePostal.IsValid(codePostal))
        {
            Add("code_postal", "code_postal.format", IssueSeverity.Error, codePostal, "Le champ `code_postal` doit contenir 5 chiffres.");
        }

        if (codeInsee is not null && !CodeInsee.IsValid(codeInsee))
        {
            Add("code_insee", "code_insee.format", IssueSeverity.Error, codeInsee,
                "Le champ `code_insee` doit être un code commune INSEE de 5 caractères (ex. 35238, 2A004).");
        }

        Range("longitude", longitude, -180, 180);
        Range("latitude", latitude, -90, 90);
    }

    /// <summary>data-inclusion.md §10: commune (5), département (2–3), EPCI (9 digits), pays (99xxx) or "france".</summary>
    public void ZoneEligibilite(IReadOnlyList<string>? values)
    {
        if (!ListShape("zone_eligibilite", values, requireOne: true))
        {
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (!Formats.IsZoneCode(value))
            {
                Add($"zone_eligibilite[{i}]", "zone_eligibilite.format", IssueSeverity.Error, value,
                    "Chaque valeur de `zone_eligibilite` doit être un code commune (5 caractères), département (2 ou 3), "
                    + "EPCI (9 chiffres), pays (99xxx) ou « france ».");
            }
        }
    }
}
