namespace DataInclusion.Normalize.Enrichment;

/// <summary>
/// The enrichment step (issue 3), run on mapped records before validation: commune codes instead of arrondissements,
/// missing <c>code_insee</c> / <c>commune</c> filled from the COG, phones in E.164, names, e-mails and links cleaned.
/// Pure and deterministic; enriching an enriched record changes nothing.
/// </summary>
/// <remarks>
/// Rules, in order: text (<c>nom</c>, <c>description</c>, <c>courriel</c>, links; <c>site_web</c> canonical, <see cref="Website"/>), place (<c>code_insee</c>,
/// <c>commune</c>), <c>telephone</c>. A value that cannot be read with certainty is left as it was: validation reports it.
/// Thread-safe; the commune table is loaded once per process, on first use.
/// </remarks>
public sealed class Enricher
{
    private readonly CommuneTable? _communes;

    public Enricher()
    {
    }

    internal Enricher(CommuneTable communes)
    {
        _communes = communes;
    }

    private CommuneTable Communes => _communes ?? CommuneTable.Default;

    public EnrichmentResult<Structure> Enrich(Structure structure)
    {
        var changes = new ChangeTracker();
        var nom = changes.Track("nom", structure.Nom, TextCleanup.Nom(structure.Nom));
        var description = changes.Track("description", structure.Description, TextCleanup.Description(structure.Description));
        var courriel = changes.Track("courriel", structure.Courriel, TextCleanup.Courriel(structure.Courriel));
        var siteWeb = changes.Track("site_web", structure.SiteWeb, Website.Normalize(structure.SiteWeb));
        var lienSource = changes.Track("lien_source", structure.LienSource, TextCleanup.Url(structure.LienSource));
        var accessibilite = changes.Track("accessibilite_lieu", structure.AccessibiliteLieu, TextCleanup.Url(structure.AccessibiliteLieu));
        var place = ResolvePlace(structure.Commune, structure.CodePostal, structure.CodeInsee);
        var codeInsee = changes.Track("code_insee", structure.CodeInsee, place.CodeInsee);
        var commune = changes.Track("commune", structure.Commune, place.Commune);
        var telephone = changes.Track("telephone", structure.Telephone, PhoneNumbers.Normalize(structure.Telephone));

        if (!changes.Any)
        {
            return new EnrichmentResult<Structure>(structure, []);
        }

        var enriched = structure with
        {
            Nom = nom,
            Description = description,
            Courriel = courriel,
            SiteWeb = siteWeb,
            LienSource = lienSource,
            AccessibiliteLieu = accessibilite,
            CodeInsee = codeInsee,
            Commune = commune,
            Telephone = telephone,
        };
        return new EnrichmentResult<Structure>(enriched, changes.Fields);
    }

    public EnrichmentResult<Service> Enrich(Service service)
    {
        var changes = new ChangeTracker();
        var nom = changes.Track("nom", service.Nom, TextCleanup.Nom(service.Nom));
        var description = changes.Track("description", service.Description, TextCleanup.Description(service.Description));
        var courriel = changes.Track("courriel", service.Courriel, TextCleanup.Courriel(service.Courriel));
        var lienSource = changes.Track("lien_source", service.LienSource, TextCleanup.Url(service.LienSource));
        var lienMobilisation = changes.Track("lien_mobilisation", service.LienMobilisation, TextCleanup.Url(service.LienMobilisation));
        var place = ResolvePlace(service.Commune, service.CodePostal, service.CodeInsee);
        var codeInsee = changes.Track("code_insee", service.CodeInsee, place.CodeInsee);
        var commune = changes.Track("commune", service.Commune, place.Commune);
        var telephone = changes.Track("telephone", service.Telephone, PhoneNumbers.Normalize(service.Telephone));

        if (!changes.Any)
        {
            return new EnrichmentResult<Service>(service, []);
        }

        var enriched = service with
        {
            Nom = nom,
            Description = description,
            Courriel = courriel,
            LienSource = lienSource,
            LienMobilisation = lienMobilisation,
            CodeInsee = codeInsee,
            Commune = commune,
            Telephone = telephone,
        };
        return new EnrichmentResult<Service>(enriched, changes.Fields);
    }

    /// <summary>Rules 1–3: arrondissement → commune code; code from name + postcode; official name from code.</summary>
    private (string? Commune, string? CodeInsee) ResolvePlace(string? commune, string? codePostal, string? codeInsee)
    {
        if (Arrondissements.CommuneOf(codeInsee) is { } communeCode)
        {
            codeInsee = communeCode;
        }
        else if (string.IsNullOrWhiteSpace(codeInsee) && !string.IsNullOrWhiteSpace(commune) && codePostal is not null)
        {
            codeInsee = Communes.FindCode(commune, codePostal) ?? codeInsee;
        }

        if (string.IsNullOrWhiteSpace(commune) && Communes.NameOf(codeInsee) is { } officialName)
        {
            commune = officialName;
        }

        return (commune, codeInsee);
    }
}
