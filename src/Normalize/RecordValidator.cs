using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Validates records against the schema v1 rules (the fast path used at run time; schema/*.json say the same).</summary>
/// <remarks>Beyond the JSON Schema: date_maj not in the future, tous-publics alone, SIRET key (warning), final dot in nom (warning).</remarks>
public sealed class RecordValidator(TimeProvider timeProvider)
{
    public IReadOnlyList<ValidationIssue> Validate(Structure structure)
    {
        var c = new IssueCollector(ValidationIssue.StructureType, structure.Id ?? string.Empty);
        c.Required("source", structure.Source);
        c.Required("id", structure.Id);
        c.Nom(structure.Nom);
        c.DateMaj(structure.DateMaj, Today());
        c.Length("description", structure.Description, 5, 10000);
        c.Url("lien_source", structure.LienSource);
        c.Siret(structure.Siret);
        c.Address(structure.CodePostal, structure.CodeInsee, structure.Longitude, structure.Latitude);
        c.Email("courriel", structure.Courriel);
        c.Url("site_web", structure.SiteWeb);
        c.Url("accessibilite_lieu", structure.AccessibiliteLieu);
        c.EnumList("reseaux_porteurs", structure.ReseauxPorteurs, Referentiels.ReseauxPorteurs);
        return c.Issues;
    }

    public IReadOnlyList<ValidationIssue> Validate(Service service)
    {
        var c = new IssueCollector(ValidationIssue.ServiceType, service.Id ?? string.Empty);
        c.Required("source", service.Source);
        c.Required("structure_id", service.StructureId);
        c.Required("id", service.Id);
        c.Nom(service.Nom);
        if (c.Required("description", service.Description))
        {
            c.Length("description", service.Description, 5, 10000);
        }

        c.Url("lien_source", service.LienSource);
        c.DateMaj(service.DateMaj, Today());
        c.EnumValue("type", service.Type, Referentiels.TypesDeServices);
        c.EnumList("thematiques", service.Thematiques, Referentiels.Thematiques);
        c.EnumValue("frais", service.Frais, Referentiels.Frais);
        c.EnumList("publics", service.Publics, Referentiels.Publics, requireOne: true);
        c.TousPublicsAlone(service.Publics);
        c.Address(service.CodePostal, service.CodeInsee, service.Longitude, service.Latitude);
        c.Email("courriel", service.Courriel);
        c.EnumList("modes_accueil", service.ModesAccueil, Referentiels.ModesAccueil);
        c.ZoneEligibilite(service.ZoneEligibilite);
        c.Url("lien_mobilisation", service.LienMobilisation);
        c.EnumList("modes_mobilisation", service.ModesMobilisation, Referentiels.ModesMobilisation, requireOne: true);
        c.EnumList("mobilisable_par", service.MobilisablePar, Referentiels.PersonnesMobilisatrices, requireOne: true);
        c.Range("volume_horaire_hebdomadaire", service.VolumeHoraireHebdomadaire, 0, null);
        c.Range("nombre_semaines", service.NombreSemaines, 1, null);
        return c.Issues;
    }

    // date_maj is a producer's calendar date: "today" is the date in France, not in UTC.
    private DateOnly Today() => Paris.Today(timeProvider);
}
