using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Dora service → v1 service (mappings/v0-to-v1-fields.csv, service.* rows; int_dora__services_v1).</summary>
public sealed partial class DoraMapper
{
    private const string Beneficiaire = "beneficiaire";
    private const string Accompagnateur = "accompagnateur";

    private static readonly ValueMap s_modesOrientation =
        ValueMap.Load("dora/modes-orientation-to-modes-mobilisation.csv", qualifierColumn: "orientation_type");

    private static Service MapService(JsonElement record)
    {
        var thematiquesV0 = JsonRead.Strings(record, "thematiques");
        // A blank string is no value (JsonRead.String gives null for it).
        var frais = JsonRead.Path(record, "frais") is { ValueKind: JsonValueKind.String }
            ? JsonRead.String(record, "frais") is { } single ? [single] : []
            : JsonRead.Strings(record, "frais");
        var contactPublic = JsonRead.Boolean(record, "contact_public") ?? true;
        return new Service
        {
            Source = SourceSlug,
            StructureId = Id(JsonRead.String(record, "structure_id")!),
            Id = Id(JsonRead.String(record, "id")!),
            Nom = Text.Truncate(Text.StripTrailingDots(JsonRead.String(record, "nom") ?? string.Empty), 150)!,
            Description = Description(record) ?? string.Empty,
            LienSource = JsonRead.String(record, "lien_source"),
            DateMaj = DateMaj(record),
            Type = V0Vocabulary.Type(JsonRead.Strings(record, "types")),
            Thematiques = Text.NullIfEmpty(V0Vocabulary.Thematiques(thematiquesV0)),
            Frais = V0Vocabulary.Frais(frais),
            FraisPrecisions = JsonRead.String(record, "frais_autres"),
            Publics = Text.NullIfEmpty(V0Vocabulary.Publics(JsonRead.Strings(record, "publics"), JsonRead.Strings(record, "profils"), thematiquesV0)),
            PublicsPrecisions = JsonRead.String(record, "publics_precisions") ?? JsonRead.String(record, "profils_precisions"),

            // Dora: pre_requis then justificatifs, one per line.
            ConditionsAcces = V0Vocabulary.ConditionsAcces(
                JsonRead.Strings(record, "profils"),
                Text.Join("\n", JsonRead.Strings(record, "pre_requis").Concat(JsonRead.Strings(record, "justificatifs")))),
            Commune = JsonRead.String(record, "commune"),
            CodePostal = JsonRead.String(record, "code_postal"),
            CodeInsee = JsonRead.String(record, "code_insee"),
            Adresse = JsonRead.String(record, "adresse"),
            ComplementAdresse = JsonRead.String(record, "complement_adresse"),
            Longitude = JsonRead.Number(record, "longitude"),
            Latitude = JsonRead.Number(record, "latitude"),

            // contact_public = false: the producer did not allow publishing the contact (the pipeline nulls it in marts).
            Telephone = contactPublic ? JsonRead.String(record, "telephone") : null,
            Courriel = contactPublic ? JsonRead.String(record, "courriel") : null,
            ContactNomPrenom = contactPublic ? JsonRead.String(record, "contact_nom_prenom") : null,
            ModesAccueil = Text.NullIfEmpty(JsonRead.Strings(record, "modes_accueil")),
            ZoneEligibilite = V0Vocabulary.ZoneEligibilite(JsonRead.String(record, "zone_diffusion_type"), JsonRead.String(record, "zone_diffusion_code")),
            LienMobilisation = JsonRead.String(record, "prise_rdv") ?? JsonRead.String(record, "formulaire_en_ligne"),
            ModesMobilisation = Text.NullIfEmpty(ModesMobilisation(record)),
            MobilisablePar = Text.NullIfEmpty(MobilisablePar(record)),
            MobilisationPrecisions = Text.Join(" ", [JsonRead.String(record, "modes_orientation_beneficiaire_autres"), JsonRead.String(record, "modes_orientation_accompagnateur_autres")]),
            VolumeHoraireHebdomadaire = JsonRead.Number(record, "temps_passe_duree_hebdomadaire"),
            NombreSemaines = JsonRead.Number(record, "temps_passe_semaines") is { } weeks ? (int)weeks : null,
        };
    }

    // Staging removes "professionnel" from the beneficiary modes: it is not a way for a beneficiary to come.
    private static List<string> BeneficiaireModes(JsonElement record) =>
        JsonRead.Strings(record, "modes_orientation_beneficiaire").Where(m => m != "professionnel").ToList();

    private static List<string> ModesMobilisation(JsonElement record)
    {
        var keys = BeneficiaireModes(record).Select(m => $"{Beneficiaire}:{m}")
            .Concat(JsonRead.Strings(record, "modes_orientation_accompagnateur").Select(m => $"{Accompagnateur}:{m}"));
        var modes = s_modesOrientation.MapAll(keys).ToList();
        var hasLink = JsonRead.String(record, "prise_rdv") is not null || JsonRead.String(record, "formulaire_en_ligne") is not null;
        if (hasLink && !modes.Contains("utiliser-lien-mobilisation"))
        {
            modes.Add("utiliser-lien-mobilisation");
        }

        return modes;
    }

    private static List<string> MobilisablePar(JsonElement record)
    {
        var result = new List<string>();
        if (BeneficiaireModes(record).Count > 0)
        {
            result.Add("usagers");
        }

        if (JsonRead.Strings(record, "modes_orientation_accompagnateur").Count > 0)
        {
            result.Add("professionnels");
        }

        return result;
    }
}
