namespace DataInclusion.Normalize.Tests.Support;

/// <summary>Valid baseline records; each test changes one field with <c>with</c>.</summary>
public static class Records
{
    public static Structure Structure { get; } = new()
    {
        Source = "demo",
        Id = "demo--s1",
        Nom = "Tremplin Emploi Rennes",
        DateMaj = new DateOnly(2026, 11, 20),
        Description = "Association d'insertion par l'activité économique.",
        LienSource = "https://annuaire.demo.example/structures/s1",
        Siret = "73282932000074",
        Commune = "Rennes",
        CodePostal = "35000",
        CodeInsee = "35238",
        Adresse = "12 rue de la Santé",
        Longitude = -1.6884,
        Latitude = 48.1159,
        Telephone = "+33261911000",
        Courriel = "contact@tremplin.demo.example",
        SiteWeb = "https://www.tremplin.demo.example",
        HorairesAccueil = "Mo-Fr 09:00-17:00",
        ReseauxPorteurs = ["aci", "chantier-ecole"],
    };

    public static Service Service { get; } = new()
    {
        Source = "demo",
        StructureId = "demo--s1",
        Id = "demo--sv1",
        Nom = "Atelier CV et lettre de motivation",
        Description = "Atelier collectif hebdomadaire pour rédiger son CV.",
        DateMaj = new DateOnly(2026, 12, 2),
        Type = "atelier",
        Thematiques = ["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"],
        Frais = "gratuit",
        Publics = ["jeunes", "demandeurs-emploi"],
        CodePostal = "35000",
        CodeInsee = "35238",
        Courriel = "atelier@tremplin.demo.example",
        ModesAccueil = ["en-presentiel"],
        ZoneEligibilite = ["35238", "35", "243500139", "99100", "france", "2A", "974"],
        LienMobilisation = "https://www.tremplin.demo.example/inscription",
        ModesMobilisation = ["se-presenter", "utiliser-lien-mobilisation"],
        MobilisablePar = ["usagers"],
        VolumeHoraireHebdomadaire = 0,
        NombreSemaines = 1,
    };
}
