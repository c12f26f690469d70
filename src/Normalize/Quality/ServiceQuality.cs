namespace DataInclusion.Normalize.Quality;

/// <summary>
/// Scores a service on the ten data·inclusion v1 quality criteria (reference §5.3, <c>score_qualite.py</c>): each
/// criterion gives 0, 0.5 or a value in between, or does not apply; the score is the mean of those that apply, each
/// criterion and the mean rounded to two decimals. Total: any service, however malformed, gets a score.
/// </summary>
public static class ServiceQuality
{
    public const string AdresseBienDefinie = "adresse_bien_definie";
    public const string ModesMobilisationBienDefinis = "modes_mobilisation_bien_definis";
    public const string AuMoinsUnPublic = "au_moins_un_public";
    public const string AuMoinsUneThematique = "au_moins_une_thematique";
    public const string AuMoinsUnMoyenDeContact = "au_moins_un_moyen_de_contact";
    public const string CourrielBienDefini = "courriel_bien_defini";
    public const string DateMajRecente = "date_maj_recente";
    public const string FraisBienDefinis = "frais_bien_definis";
    public const string DescriptionBienDefinie = "description_bien_definie";
    public const string TelephoneBienDefini = "telephone_bien_defini";

    // Their update dates say when we fetched, not when the offer was checked: the criterion would mean nothing.
    private static readonly HashSet<string> s_sourcesWithoutDateMaj = new(StringComparer.Ordinal) { "agefiph", "france-travail" };

    /// <summary>Scores <paramref name="service"/>; <paramref name="today"/> dates the freshness criterion.</summary>
    public static QualityScore Score(Service service, DateOnly today)
    {
        var criteres = new List<CriterionScore>(10);
        Add(criteres, AdresseBienDefinie, Adresse(service));
        Add(criteres, ModesMobilisationBienDefinis, ModesMobilisation(service));
        Add(criteres, AuMoinsUnPublic, HasAny(service.Publics) ? 1 : 0);
        Add(criteres, AuMoinsUneThematique, HasAny(service.Thematiques) ? 1 : 0);
        Add(criteres, AuMoinsUnMoyenDeContact, HasText(service.Courriel) || HasText(service.LienMobilisation) || HasText(service.Telephone) ? 1 : 0);
        Add(criteres, CourrielBienDefini, WhenMobilisation(service, "envoyer-un-courriel", service.Courriel));
        Add(criteres, DateMajRecente, DateMaj(service, today));
        Add(criteres, FraisBienDefinis, Frais(service));
        Add(criteres, DescriptionBienDefinie, Description(service.Description));
        Add(criteres, TelephoneBienDefini, WhenMobilisation(service, "telephoner", service.Telephone));
        var mean = criteres.Count == 0 ? 0 : criteres.Average(c => c.Score);
        return new QualityScore(Round(mean), criteres);
    }

    /// <summary>Rounds a score to two decimals as the reference does (half to even).</summary>
    public static double Round(double score) => Math.Round(score, 2, MidpointRounding.ToEven);

    private static void Add(List<CriterionScore> criteres, string nom, double? score)
    {
        if (score is { } value)
        {
            criteres.Add(new CriterionScore(nom, Round(value)));
        }
    }

    // Applies only where the public comes in person: on site, or told to come.
    private static double? Adresse(Service service) =>
        Contains(service.ModesAccueil, "en-presentiel") || Contains(service.ModesMobilisation, "se-presenter")
            ? HasText(service.Adresse) ? 1 : 0
            : null;

    private static double ModesMobilisation(Service service) =>
        (HasAny(service.ModesMobilisation) ? 0.5 : 0) + (HasAny(service.MobilisablePar) ? 0.5 : 0);

    private static double? WhenMobilisation(Service service, string mode, string? value) =>
        Contains(service.ModesMobilisation, mode) ? HasText(value) ? 1 : 0 : null;

    /// <summary>1 under six months, 0 from two years, linear in days between (reference §5.3 criterion 7).</summary>
    private static double? DateMaj(Service service, DateOnly today)
    {
        if (service.Source is { } source && s_sourcesWithoutDateMaj.Contains(source))
        {
            return null;
        }

        var sixMonthsAgo = today.AddMonths(-6);
        var twoYearsAgo = today.AddYears(-2);
        if (service.DateMaj >= sixMonthsAgo)
        {
            return 1;
        }

        if (service.DateMaj <= twoYearsAgo)
        {
            return 0;
        }

        return (double)(service.DateMaj.DayNumber - twoYearsAgo.DayNumber) / (sixMonthsAgo.DayNumber - twoYearsAgo.DayNumber);
    }

    // An unknown value is not a well-defined fee either: it scores like a missing one.
    private static double Frais(Service service) => service.Frais switch
    {
        "gratuit" => 1,
        "payant" => HasText(service.FraisPrecisions) ? 1 : 0.5,
        _ => 0,
    };

    /// <summary>Ideal 200–1999 characters; counted in Unicode code points, as Python's <c>len</c> does.</summary>
    private static double Description(string? description)
    {
        var length = description is null ? 0 : description.EnumerateRunes().Count();
        return length switch
        {
            < 50 => 0,
            < 200 => 0.5,
            < 2000 => 1,
            _ => 0.5,
        };
    }

    private static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);

    private static bool HasAny(IReadOnlyList<string>? values) => values is { Count: > 0 };

    private static bool Contains(IReadOnlyList<string>? values, string value) => values is not null && values.Contains(value, StringComparer.Ordinal);
}
