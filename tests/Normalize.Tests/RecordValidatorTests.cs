using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class RecordValidatorTests
{
    private readonly RecordValidator _validator = new(FixedTimeProvider.Default);

    [Fact]
    public void ValidRecords_NoIssue()
    {
        Assert.Empty(_validator.Validate(Records.Structure));
        Assert.Empty(_validator.Validate(Records.Service));
    }

    [Fact]
    public void Siret_NotFourteenDigits_ErrorWithFrenchMessage()
    {
        var issue = Assert.Single(_validator.Validate(Records.Structure with { Siret = "7328293200007" }));
        Assert.Equal(("siret", "siret.format", IssueSeverity.Error, "7328293200007"), (issue.Field, issue.Code, issue.Severity, issue.Value));
        Assert.Equal("Le champ `siret` doit contenir 14 chiffres.", issue.Message);
        Assert.Equal(("structure", "demo--s1"), (issue.ResourceType, issue.RecordId));
    }

    [Fact]
    public void Siret_BadKey_WarningOnly()
    {
        var issue = Assert.Single(_validator.Validate(Records.Structure with { Siret = "73282932000075" }));
        Assert.Equal(("siret.cle", IssueSeverity.Warning), (issue.Code, issue.Severity));
    }

    [Theory]
    [InlineData(2026, 12, 2, null)]
    [InlineData(2026, 12, 3, "date_maj.future")]
    [InlineData(2000, 1, 1, null)]
    [InlineData(1999, 12, 31, "date_maj.ancienne")]
    public void DateMaj_BetweenYear2000AndToday(int year, int month, int day, string? code)
    {
        var issues = _validator.Validate(Records.Service with { DateMaj = new DateOnly(year, month, day) });
        Assert.Equal(code, issues.SingleOrDefault()?.Code);
    }

    [Fact]
    public void DateMaj_TodayIsTheDateInParis()
    {
        // 23:30 UTC on 2 December is already 3 December in Paris.
        var lateEvening = new RecordValidator(new FixedTimeProvider(new DateTimeOffset(2026, 12, 2, 23, 30, 0, TimeSpan.Zero)));
        Assert.Empty(lateEvening.Validate(Records.Service with { DateMaj = new DateOnly(2026, 12, 3) }));
    }

    [Fact]
    public void RequiredFields_MissingOrEmpty_Required()
    {
        var service = Records.Service with { Source = "", StructureId = null!, Nom = "", Description = null!, DateMaj = default };
        var issues = _validator.Validate(service);
        Assert.All(issues, i => Assert.Equal("required", i.Code));
        Assert.Equal(["source", "structure_id", "nom", "description", "date_maj"], issues.Select(i => i.Field));
    }

    [Theory]
    [InlineData("AB", "nom.longueur", IssueSeverity.Error)]
    [InlineData("Accueil de jour.", "nom.point-final", IssueSeverity.Warning)]
    [InlineData("Ateliers couture, cuisine, etc.", null, null)]
    [InlineData("ABC", null, null)]
    public void Nom_LengthAndFinalDot(string nom, string? code, IssueSeverity? severity)
    {
        var issue = _validator.Validate(Records.Structure with { Nom = nom }).SingleOrDefault();
        Assert.Equal(code, issue?.Code);
        Assert.Equal(severity, issue?.Severity);
    }

    [Fact]
    public void Nom_Over150Characters_Error()
    {
        var issue = Assert.Single(_validator.Validate(Records.Structure with { Nom = new string('a', 151) }));
        Assert.Equal("nom.longueur", issue.Code);
    }

    [Theory]
    [InlineData("Bref", "description.longueur")]
    [InlineData("Assez", null)]
    public void Description_AtLeastFiveCharacters(string description, string? code)
    {
        Assert.Equal(code, _validator.Validate(Records.Service with { Description = description }).SingleOrDefault()?.Code);
        Assert.Equal(code, _validator.Validate(Records.Structure with { Description = description }).SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData("contact@example.org", null)]
    [InlineData("prenom.nom+tag@sous.domaine.fr", null)]
    [InlineData("contact@example", "courriel.format")]
    [InlineData("contact example.org", "courriel.format")]
    [InlineData("contact@@example.org", "courriel.format")]
    [InlineData(".contact@example.org", "courriel.format")]
    public void Courriel_Format(string courriel, string? code) =>
        Assert.Equal(code, _validator.Validate(Records.Structure with { Courriel = courriel }).SingleOrDefault()?.Code);

    [Theory]
    [InlineData("https://www.example.org/a?b=c", null)]
    [InlineData("http://example.org", null)]
    [InlineData("www.example.org", "site_web.format")]
    [InlineData("ftp://example.org", "site_web.format")]
    [InlineData("https://exa mple.org", "site_web.format")]
    public void SiteWeb_HttpUrl(string url, string? code) =>
        Assert.Equal(code, _validator.Validate(Records.Structure with { SiteWeb = url }).SingleOrDefault()?.Code);

    [Theory]
    [InlineData("3500", null, "code_postal.format")]
    [InlineData(null, "352380", "code_insee.format")]
    [InlineData(null, "2A004", null)]
    public void AddressCodes_Format(string? codePostal, string? codeInsee, string? code)
    {
        var structure = Records.Structure with { CodePostal = codePostal, CodeInsee = codeInsee };
        Assert.Equal(code, _validator.Validate(structure).SingleOrDefault()?.Code);
    }

    [Fact]
    public void Coordinates_OutOfRange_Error()
    {
        var issues = _validator.Validate(Records.Structure with { Longitude = 181, Latitude = -90.5 });
        Assert.Equal(["longitude.plage", "latitude.plage"], issues.Select(i => i.Code));
    }

    [Fact]
    public void Publics_TousPublicsWithOthers_Error()
    {
        var issue = Assert.Single(_validator.Validate(Records.Service with { Publics = ["femmes", "tous-publics"] }));
        Assert.Equal(("publics", "publics.tous-publics-exclusif", IssueSeverity.Error), (issue.Field, issue.Code, issue.Severity));
    }

    [Fact]
    public void Publics_TousPublicsAlone_Valid() =>
        Assert.Empty(_validator.Validate(Records.Service with { Publics = ["tous-publics"] }));

    [Fact]
    public void Publics_UnknownValue_ErrorOnItemPath()
    {
        var issue = Assert.Single(_validator.Validate(Records.Service with { Publics = ["jeunes", "femmes", "jeunnes-adultes"] }));
        Assert.Equal(("publics[2]", "publics.inconnu", "jeunnes-adultes"), (issue.Field, issue.Code, issue.Value));
    }

    [Theory]
    [InlineData("publics")]
    [InlineData("modes_mobilisation")]
    [InlineData("mobilisable_par")]
    [InlineData("zone_eligibilite")]
    public void Lists_WithMinItems_EmptyIsError(string field)
    {
        var service = field switch
        {
            "publics" => Records.Service with { Publics = [] },
            "modes_mobilisation" => Records.Service with { ModesMobilisation = [] },
            "mobilisable_par" => Records.Service with { MobilisablePar = [] },
            _ => Records.Service with { ZoneEligibilite = [] },
        };
        Assert.Equal($"{field}.vide", Assert.Single(_validator.Validate(service)).Code);
    }

    [Fact]
    public void Lists_WithoutMinItems_EmptyIsValid()
    {
        Assert.Empty(_validator.Validate(Records.Service with { Thematiques = [], ModesAccueil = [] }));
        Assert.Empty(_validator.Validate(Records.Structure with { ReseauxPorteurs = [] }));
    }

    [Fact]
    public void Lists_DuplicateValue_ErrorOnSecondOccurrence()
    {
        var issue = Assert.Single(_validator.Validate(Records.Service with { ModesAccueil = ["en-presentiel", "en-presentiel"] }));
        Assert.Equal(("modes_accueil[1]", "modes_accueil.doublon"), (issue.Field, issue.Code));
    }

    [Fact]
    public void SingleValuedEnums_Unknown_Error()
    {
        var issues = _validator.Validate(Records.Service with { Type = "accompagnements", Frais = "gratuit-sous-conditions" });
        Assert.Equal([("type", "type.inconnu"), ("frais", "frais.inconnu")], issues.Select(i => (i.Field, i.Code)));
        Assert.Contains("Vouliez-vous dire « accompagnement » ?", issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReseauxPorteurs_Unknown_Error()
    {
        var issue = Assert.Single(_validator.Validate(Records.Structure with { ReseauxPorteurs = ["aci", "missions-locales"] }));
        Assert.Equal(("reseaux_porteurs[1]", "reseaux_porteurs.inconnu"), (issue.Field, issue.Code));
        Assert.EndsWith("Vouliez-vous dire « mission-locale » ?", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("352")]
    [InlineData("FRANCE")]
    [InlineData("24350013")]
    [InlineData("2C")]
    [InlineData("35 238")]
    public void ZoneEligibilite_BadShape_Error(string code)
    {
        var issue = Assert.Single(_validator.Validate(Records.Service with { ZoneEligibilite = ["35", code] }));
        Assert.Equal(("zone_eligibilite[1]", "zone_eligibilite.format", code), (issue.Field, issue.Code, issue.Value));
    }

    [Fact]
    public void NumericRanges_Error()
    {
        var issues = _validator.Validate(Records.Service with { VolumeHoraireHebdomadaire = -1, NombreSemaines = 0 });
        Assert.Equal(["volume_horaire_hebdomadaire.plage", "nombre_semaines.plage"], issues.Select(i => i.Code));
    }

    [Fact]
    public void Urls_OfService_Checked()
    {
        var issues = _validator.Validate(Records.Service with { LienSource = "pas une url", LienMobilisation = "https://" + new string('a', 2080) });
        Assert.Equal(["lien_source.format", "lien_mobilisation.longueur"], issues.Select(i => i.Code));
    }
}
