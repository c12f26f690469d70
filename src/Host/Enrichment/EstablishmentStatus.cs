namespace DataInclusion.Host.Enrichment;

/// <summary>
/// What Recherche d'entreprises says of one SIRET: unknown to it (<see cref="Found"/> false: never existed or
/// non-diffusible), or its <c>etat_administratif</c> (A active, F closed) and whether it is the head office.
/// </summary>
internal sealed record EstablishmentStatus(string Siret, bool Found, string? EtatAdministratif, bool? EstSiege)
{
    public bool? Ferme => Found ? EtatAdministratif == "F" : null;
}
