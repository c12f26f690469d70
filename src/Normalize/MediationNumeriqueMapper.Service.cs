using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>The one service of a lieu de médiation numérique (README of mappings/: mediation-numerique rules).</summary>
public sealed partial class MediationNumeriqueMapper
{
    private const string ServiceName = "Service d'accompagnement au numérique";
    private const string Distance = "À distance";

    private static readonly ValueMap s_thematiques = ValueMap.Load("mediation-numerique/services-to-thematiques.csv");
    private static readonly ValueMap s_types = ValueMap.Load("mediation-numerique/modalites-accompagnement-to-type.csv");
    private static readonly ValueMap s_frais = ValueMap.Load("mediation-numerique/frais-a-charge-to-frais.csv");
    private static readonly ValueMap s_publicsAdresses = ValueMap.Load("mediation-numerique/publics-specifiquement-adresses-to-publics.csv");
    private static readonly ValueMap s_priseEnCharge = ValueMap.Load("mediation-numerique/prise-en-charge-specifique-to-publics.csv");
    private static readonly ValueMap s_modalitesAcces = ValueMap.Load("mediation-numerique/modalites-acces-to-modes-mobilisation.csv");

    private static Service MapService(JsonElement record, Structure structure)
    {
        var offered = JsonRead.Strings(record, "services");
        var accompagnement = JsonRead.Strings(record, "modalites_accompagnement");
        var publics = s_publicsAdresses.MapAll(JsonRead.Strings(record, "publics_specifiquement_adresses"))
            .Union(s_priseEnCharge.MapAll(JsonRead.Strings(record, "prise_en_charge_specifique")))
            .ToList();
        var priseRdv = JsonRead.String(record, "prise_rdv");
        return new Service
        {
            Source = SourceSlug,
            StructureId = structure.Id,
            Id = structure.Id,
            Nom = ServiceName,

            // description is required in v1: without a presentation, the list of services offered says what the lieu does.
            Description = structure.Description ?? (offered.Count > 0 ? $"Services proposés : {string.Join(", ", offered)}." : string.Empty),
            LienSource = structure.LienSource,
            DateMaj = structure.DateMaj,
            Type = s_types.MapBest(accompagnement),
            Thematiques = Text.NullIfEmpty(s_thematiques.MapAll(offered)),
            Frais = s_frais.MapBest(JsonRead.Strings(record, "frais_a_charge")),
            Publics = publics.Count == 0 ? ["tous-publics"] : publics,
            Commune = structure.Commune,
            CodePostal = structure.CodePostal,
            CodeInsee = structure.CodeInsee,
            Adresse = structure.Adresse,
            Longitude = structure.Longitude,
            Latitude = structure.Latitude,
            Telephone = structure.Telephone,
            Courriel = structure.Courriel,
            ModesAccueil = accompagnement.Contains(Distance) ? ["a-distance", "en-presentiel"] : ["en-presentiel"],
            ZoneEligibilite = Departement(structure.CodeInsee) is { } departement ? [departement] : null,
            LienMobilisation = priseRdv,
            ModesMobilisation = Text.NullIfEmpty(ModesMobilisation(record, structure, priseRdv)),
            MobilisablePar = ["usagers", "professionnels"],
            HorairesAccueil = structure.HorairesAccueil,
        };
    }

    /// <summary>From modalites_acces; when none maps, from the contact channels the lieu gives.</summary>
    private static IReadOnlyList<string> ModesMobilisation(JsonElement record, Structure structure, string? priseRdv)
    {
        var modes = s_modalitesAcces.MapAll(JsonRead.Strings(record, "modalites_acces"));
        if (modes.Count > 0)
        {
            return modes;
        }

        var fallback = new List<string>();
        if (structure.Telephone is not null)
        {
            fallback.Add("telephoner");
        }

        if (structure.Courriel is not null)
        {
            fallback.Add("envoyer-un-courriel");
        }

        if (priseRdv is not null)
        {
            fallback.Add("utiliser-lien-mobilisation");
        }

        return fallback;
    }

    // Overseas départements have 3-digit codes (971…976).
    private static string? Departement(string? codeInsee) =>
        codeInsee is null || codeInsee.Length < 3 ? null : codeInsee.StartsWith("97", StringComparison.Ordinal) ? codeInsee[..3] : codeInsee[..2];
}
