namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>
/// The generated part of the labelled set: each family reproduces one hard case of issue 9 §2, the true duplicates
/// (this file) and the distinct places that look alike (<c>CaseFamilies.Distinct.cs</c>). Same seed, same records.
/// </summary>
public static partial class CaseFamilies
{
    public const int InstancesPerFamily = 40;

    private static readonly string[] s_specificNames =
    [
        "Les Amis de la Soupe", "Entraide Solidarité Quartiers", "L'Escale", "Atelier Vélo Solidaire", "Femmes Relais Médiatrices",
        "La Boussole", "Le Pont Neuf Insertion", "Tremplin Numérique", "Aide aux Familles du Quartier", "Le Toit Partagé",
        "Jardin de Cocagne", "Les Compagnons Bâtisseurs", "Réseau d'Échanges de Savoirs", "Le Lien Social", "Cultures du Cœur",
        "Parenthèse Accueil de jour", "La Courte Échelle", "Emmaüs Connect", "L'Îlot Famille", "Le Grenier Solidaire",
    ];

    // Two ways sources write the same name; {c} is the commune, {n} a specific name.
    private static readonly (string A, string B)[] s_nameForms =
    [
        ("CCAS de {c}", "Centre communal d'action sociale de {c}"),
        ("C.C.A.S.", "CCAS {c}"),
        ("Pôle emploi {c}", "France Travail {c}"),
        ("Agence Pôle Emploi de {c}", "France Travail - {c}"),
        ("MSAP de {c}", "France services {c}"),
        ("Maison de services au public", "Espace France Services de {c}"),
        ("PIJ {c}", "Point Information Jeunesse de {c}"),
        ("Info Jeunes {c}", "P.I.J."),
        ("FJT Les Glycines", "Foyer de jeunes travailleurs Les Glycines"),
        ("Habitat Jeunes Le Tremplin", "FJT Le Tremplin"),
        ("Association {n}", "{n}"),
        ("{n} - {c}", "{N}"),
        ("Restos du Cœur {c}", "Les Restaurants du coeur - {c}"),
        ("{n}", "{n} (association loi 1901)"),
        ("{n}", "{typo}"),
    ];

    public static IReadOnlyList<LabelledRecord> All() =>
    [
        .. DuplicatesWithoutSiretOnOneSide(), .. DuplicatesWithOtherNameForms(), .. DuplicatesMoved300Metres(),
        .. DuplicatesWithReformattedPhones(), .. DuplicatesInThreeSources(), .. DistinctSharingSiret(),
        .. DistinctHostedByFranceServices(), .. DistinctNetworkNamesInOneCommune(), .. DistinctHomonymCommunes(),
        .. DuplicatesWithSparseEvidence(), .. DistinctLookAlikeNeighbours(),
    ];

    public static IEnumerable<LabelledRecord> DuplicatesWithoutSiretOnOneSide()
    {
        var faker = new PlaceFaker(1);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var town = Town.All[i % Town.All.Length];
            var place = faker.NewPlace(Fill(s_specificNames[i % s_specificNames.Length], town), town);
            var truth = $"no-siret-{i}";
            yield return new("dup-no-siret-one-side", truth, faker.Render(place, "dora"));
            var second = faker.Render(place, "soliguide", withSiret: false, driftMetres: 25);

            // One in four: the second source gives no address nor coordinates, only the name, the commune and contacts.
            yield return new("dup-no-siret-one-side", truth, i % 4 == 3 ? second with { Adresse = null, Latitude = null, Longitude = null } : second);
        }
    }

    public static IEnumerable<LabelledRecord> DuplicatesWithOtherNameForms()
    {
        var faker = new PlaceFaker(2);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var town = Town.All[i % Town.All.Length];
            var (a, b) = s_nameForms[i % s_nameForms.Length];
            var specific = s_specificNames[(i * 7) % s_specificNames.Length];
            var place = faker.NewPlace(Fill(a, town, specific), town);
            var truth = $"name-forms-{i}";
            yield return new("dup-name-forms", truth, faker.Render(place, "dora"));
            yield return new("dup-name-forms", truth, faker.Render(place, "mediation-numerique", nom: Fill(b, town, specific), withSiret: i % 2 == 0));
        }
    }

    public static IEnumerable<LabelledRecord> DuplicatesMoved300Metres()
    {
        var faker = new PlaceFaker(3);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var town = Town.All[i % Town.All.Length];
            var nom = i % 3 == 0 ? Fill(s_nameForms[i % s_nameForms.Length].A, town, s_specificNames[i % s_specificNames.Length]) : s_specificNames[i % s_specificNames.Length];
            var place = faker.NewPlace(nom, town);
            var truth = $"moved-{i}";
            yield return new("dup-moved-300m", truth, faker.Render(place, "emplois-de-linclusion"));
            var moved = faker.Render(place, "soliguide", withSiret: i % 3 != 1, abbreviate: true, driftMetres: 300);

            // One in three moved down the street: another house number, so the addresses no longer agree.
            yield return new("dup-moved-300m", truth, i % 3 == 2 ? moved with { Adresse = $"{place.Number + 40} {place.StreetType} {place.StreetName}" } : moved);
        }
    }

    public static IEnumerable<LabelledRecord> DuplicatesWithReformattedPhones()
    {
        var faker = new PlaceFaker(4);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var town = Town.All[i % Town.All.Length];
            var place = faker.NewPlace(s_specificNames[(i * 3) % s_specificNames.Length], town);
            var truth = $"phones-{i}";
            var formats = PlaceFaker.PhoneFormats;
            yield return new("dup-reformatted-phone", truth, faker.Render(place, "dora", phoneFormat: formats[i % formats.Length], dropContactRate: 0));
            yield return new("dup-reformatted-phone", truth, faker.Render(place, "france-travail", withSiret: i % 3 != 0, abbreviate: i % 2 == 0,
                phoneFormat: formats[(i + 1 + (i % 3)) % formats.Length], dropContactRate: 0, driftMetres: 60));
        }
    }

    public static IEnumerable<LabelledRecord> DuplicatesInThreeSources()
    {
        var faker = new PlaceFaker(5);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var town = Town.All[i % Town.All.Length];
            var (a, b) = s_nameForms[(i * 5) % s_nameForms.Length];
            var specific = s_specificNames[(i * 11) % s_specificNames.Length];
            var place = faker.NewPlace(Fill(a, town, specific), town);
            var truth = $"three-{i}";
            yield return new("dup-three-sources", truth, faker.Render(place, "dora"));
            yield return new("dup-three-sources", truth, faker.Render(place, "soliguide", nom: Fill(b, town, specific), withSiret: false, driftMetres: 40));
            yield return new("dup-three-sources", truth, faker.Render(place, "mediation-numerique", abbreviate: true, driftMetres: 150));
        }
    }

    /// <summary>Writes a name form: {c} commune, {n} specific name, {N} upper-cased, {typo} with one letter dropped.</summary>
    private static string Fill(string form, Town town, string specific = "") =>
        form.Replace("{c}", town.Nom, StringComparison.Ordinal)
            .Replace("{n}", specific, StringComparison.Ordinal)
            .Replace("{N}", specific.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("{typo}", form.Contains("{typo}", StringComparison.Ordinal) ? Typo(specific) : string.Empty, StringComparison.Ordinal);

    private static string Typo(string name)
    {
        var words = name.Split(' ');
        var longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
        words[longest] = words[longest].Remove(words[longest].Length / 2, 1);
        return string.Join(' ', words);
    }
}
