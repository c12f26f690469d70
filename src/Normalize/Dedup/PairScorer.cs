namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// Scores a pair of structures: are they the same physical place? Hand-tuned additive evidence (weights below,
/// documented in src/Normalize/README.md §Dedup) behind hard gates that no amount of other evidence overrides.
/// </summary>
/// <remarks>
/// Gates (score <see cref="NonMatch"/>): not the same place (commune codes differ, or without two codes they are more
/// than 2 km apart), names that do not match (France services hosts several structures at one address and phone),
/// names mentioning different institutions (CCAS, CAF, France services…), different SIRENs. The threshold is high on
/// purpose: a missed duplicate costs a second listing, a false merge hides a place.
/// </remarks>
internal static class PairScorer
{
    public const double Threshold = 0.8;
    public const double NonMatch = -1;

    public const double MinNameSimilarity = 0.6;
    public const double SpecificNameWeight = 0.5;
    public const double GenericNameWeight = 0.25;
    public const double SameStreetWeight = 0.3;
    public const double Within50MetresWeight = 0.25;
    public const double Within400MetresWeight = 0.1;
    public const double Beyond2KmPenalty = -0.3;
    public const double SamePhoneWeight = 0.3;
    public const double SameEmailWeight = 0.3;
    public const double SameDomainWeight = 0.1;
    public const double SameSiretWeight = 0.3;
    public const double SameSirenOtherSiretPenalty = -0.3;

    private const double MaxDistanceWithoutPlaceKm = 2;
    private const double MaxDistanceSamePlaceKm = 10;

    public static double Score(DedupRecord a, DedupRecord b)
    {
        if (IsStrongNonMatch(a, b, out var distanceKm))
        {
            return NonMatch;
        }

        var similarity = a.Name.Similarity(b.Name);
        // "Mission locale" vs "Mission locale Nord": a bare network name beside a named antenna is no name evidence
        // beyond the network; the place (address, phone, distance) has to carry the decision.
        var generic = a.Name.IsGeneric || b.Name.IsGeneric;
        // Names that each carry a word the other lacks are no evidence: the place has to carry the decision alone.
        var score = a.Name.Conflicts(b.Name) ? 0 : similarity * (generic ? GenericNameWeight : SpecificNameWeight);

        if (a.Street is not null && a.Street == b.Street)
        {
            score += SameStreetWeight;
        }

        score += distanceKm switch
        {
            null => 0,
            <= 0.05 => Within50MetresWeight,
            <= 0.4 => Within400MetresWeight,
            > 2 => Beyond2KmPenalty,
            _ => 0,
        };

        if (a.Phone is not null && a.Phone == b.Phone)
        {
            score += SamePhoneWeight;
        }

        if (a.Email is not null && a.Email == b.Email)
        {
            score += SameEmailWeight;
        }
        else if ((a.EmailDomain is not null && a.EmailDomain == b.EmailDomain) || (a.WebHost is not null && a.WebHost == b.WebHost))
        {
            score += SameDomainWeight;
        }

        if (a.Siret is not null && b.Siret is not null)
        {
            score += a.Siret == b.Siret ? SameSiretWeight : SameSirenOtherSiretPenalty;
        }

        return score;
    }

    /// <summary>The gates: pairs that must never be merged, directly or through a chain of other merges.</summary>
    public static bool IsStrongNonMatch(DedupRecord a, DedupRecord b, out double? distanceKm)
    {
        distanceKm = a.HasCoordinates && b.HasCoordinates
            ? Geo.DistanceKm(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value)
            : null;

        // Two commune codes decide; a postcode-and-name place only decides when it is equal (it may be the same
        // commune written otherwise), else distance does.
        var bothCodes = a.Place is { Length: 5 } && b.Place is { Length: 5 };
        var samePlace = a.Place is not null && a.Place == b.Place
            ? distanceKm is null or <= MaxDistanceSamePlaceKm
            : !bothCodes && distanceKm is <= MaxDistanceWithoutPlaceKm;
        if (!samePlace)
        {
            return true;
        }

        if (a.Siren is not null && b.Siren is not null && a.Siren != b.Siren)
        {
            return true;
        }

        return a.Name.Institutions != b.Name.Institutions || a.Name.Similarity(b.Name) < MinNameSimilarity;
    }
}
