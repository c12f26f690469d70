using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

/// <summary>The C# rules (run-time fast path) and schema/*.json (checked by NJsonSchema) must flag the same fields.</summary>
public sealed class JsonSchemaAgreementTests
{
    // Rules the JSON Schema cannot express (clock, cross-item, warnings) are left out of the comparison.
    private static readonly HashSet<string> s_csharpOnlyCodes =
        ["date_maj.future", "date_maj.ancienne", "publics.tous-publics-exclusif", "siret.cle", "nom.point-final"];

    private readonly RecordValidator _validator = new(FixedTimeProvider.Default);

    public static TheoryData<string, Structure> Structures => new()
    {
        { "valid", Records.Structure },
        { "siret-short", Records.Structure with { Siret = "7328293200007" } },
        { "siret-letters", Records.Structure with { Siret = "7328293200007X" } },
        { "siret-bad-key", Records.Structure with { Siret = "73282932000075" } },
        { "nom-short", Records.Structure with { Nom = "AB" } },
        { "nom-long", Records.Structure with { Nom = new string('n', 151) } },
        { "nom-empty", Records.Structure with { Nom = "" } },
        { "id-empty", Records.Structure with { Id = "" } },
        { "description-short", Records.Structure with { Description = "abc" } },
        { "code-postal", Records.Structure with { CodePostal = "3500" } },
        { "code-insee", Records.Structure with { CodeInsee = "2C004" } },
        { "courriel", Records.Structure with { Courriel = "contact@" } },
        { "site-web-no-scheme", Records.Structure with { SiteWeb = "www.example.org" } },
        { "site-web-ftp", Records.Structure with { SiteWeb = "ftp://example.org" } },
        { "accessibilite-long", Records.Structure with { AccessibiliteLieu = "https://a.fr/" + new string('a', 2075) } },
        { "latitude", Records.Structure with { Latitude = 91 } },
        { "longitude", Records.Structure with { Longitude = -180.5 } },
        { "reseau-unknown", Records.Structure with { ReseauxPorteurs = ["aci", "aci-bis"] } },
        { "reseau-duplicate", Records.Structure with { ReseauxPorteurs = ["aci", "aci"] } },
        { "date-future", Records.Structure with { DateMaj = new DateOnly(2030, 1, 1) } },
        { "several", Records.Structure with { Nom = "X", Siret = "1", CodePostal = "1", Courriel = "x" } },
    };

    public static TheoryData<string, Service> Services => new()
    {
        { "valid", Records.Service },
        { "description-missing", Records.Service with { Description = null! } },
        { "structure-id-empty", Records.Service with { StructureId = "" } },
        { "type-unknown", Records.Service with { Type = "accompagnements" } },
        { "frais-unknown", Records.Service with { Frais = "gratuit-sous-conditions" } },
        { "thematique-unknown", Records.Service with { Thematiques = ["famille--garde-enfants"] } },
        { "publics-empty", Records.Service with { Publics = [] } },
        { "publics-unknown", Records.Service with { Publics = ["jeunes", "ados"] } },
        { "publics-tous-publics", Records.Service with { Publics = ["tous-publics", "jeunes"] } },
        { "modes-accueil-duplicate", Records.Service with { ModesAccueil = ["a-distance", "a-distance"] } },
        { "zone-bad", Records.Service with { ZoneEligibilite = ["35", "3", "FRANCE"] } },
        { "zone-empty", Records.Service with { ZoneEligibilite = [] } },
        { "modes-mobilisation-empty", Records.Service with { ModesMobilisation = [] } },
        { "mobilisable-par-unknown", Records.Service with { MobilisablePar = ["benevoles"] } },
        { "lien-mobilisation", Records.Service with { LienMobilisation = "inscription.html" } },
        { "volume-negative", Records.Service with { VolumeHoraireHebdomadaire = -0.5 } },
        { "semaines-zero", Records.Service with { NombreSemaines = 0 } },
        { "description-long", Records.Service with { Description = new string('d', 10001) } },
    };

    [Theory]
    [MemberData(nameof(Structures))]
    public async Task Structure_CSharpAndJsonSchemaFlagTheSameFields(string name, Structure structure)
    {
        var schema = await JsonSchemaValidator.CreateAsync();
        Assert.Equal(Fields(schema.Validate(structure)), CSharpFields(_validator.Validate(structure)));
        Assert.NotNull(name);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Service_CSharpAndJsonSchemaFlagTheSameFields(string name, Service service)
    {
        var schema = await JsonSchemaValidator.CreateAsync();
        Assert.Equal(Fields(schema.Validate(service)), CSharpFields(_validator.Validate(service)));
        Assert.NotNull(name);
    }

    [Fact]
    public async Task JsonSchema_ReportsFieldPathsOfArrayItems()
    {
        var schema = await JsonSchemaValidator.CreateAsync();
        var issue = Assert.Single(schema.Validate(Records.Service with { Publics = ["jeunes", "femmes", "ados"] }));
        Assert.Equal(("publics[2]", "schema.NotInEnumeration"), (issue.Field, issue.Code));
    }

    [Fact]
    public async Task JsonSchema_MissingRequiredProperty_Required()
    {
        var schema = await JsonSchemaValidator.CreateAsync();
        var issue = Assert.Single(schema.ValidateStructure("""{"source":"demo","id":"demo--1","date_maj":"2026-01-01"}"""));
        Assert.Equal(("nom", "required", "demo--1"), (issue.Field, issue.Code, issue.RecordId));
    }

    // Pins what NJsonSchema reports (codes are its error kinds, messages French) so a library upgrade cannot change it unseen.
    [Fact]
    public async Task JsonSchema_WrongTypesAndFormats_KindCodesAndFrenchMessages()
    {
        var schema = await JsonSchemaValidator.CreateAsync();
        var issues = schema.ValidateStructure(
            """{"source":"demo","id":"demo--1","date_maj":"hier","latitude":"a","reseaux_porteurs":"aci","site_web":"www.a.fr"}""");
        Assert.Equal(
            [
                ("nom", "required", "Le champ `nom` ne respecte pas le schéma (PropertyRequired)."),
                ("date_maj", "schema.PatternMismatch", "Le champ `date_maj` ne respecte pas le schéma (PatternMismatch)."),
                ("date_maj", "schema.DateExpected", "Le champ `date_maj` ne respecte pas le schéma (DateExpected)."),
                ("latitude", "schema.NumberExpected", "Le champ `latitude` ne respecte pas le schéma (NumberExpected)."),
                ("site_web", "schema.PatternMismatch", "Le champ `site_web` ne respecte pas le schéma (PatternMismatch)."),
                ("site_web", "schema.UriExpected", "Le champ `site_web` ne respecte pas le schéma (UriExpected)."),
                ("reseaux_porteurs", "schema.ArrayExpected", "Le champ `reseaux_porteurs` ne respecte pas le schéma (ArrayExpected)."),
            ],
            issues.Select(i => (i.Field, i.Code, i.Message)).ToArray());
    }

    [Fact]
    public async Task JsonSchema_ExplicitNullsOnOptionalFields_Valid()
    {
        var schema = await JsonSchemaValidator.CreateAsync();
        Assert.Empty(schema.ValidateService(
            """
            {"source":"demo","structure_id":"demo--1","id":"demo--2","nom":"Atelier","description":"Un atelier.","date_maj":"2026-01-01",
             "type":null,"frais":null,"thematiques":null,"publics":null,"code_postal":null,"code_insee":null,"courriel":null,
             "lien_mobilisation":null,"longitude":null,"nombre_semaines":null,"zone_eligibilite":null}
            """));
    }

    private static string[] Fields(IEnumerable<ValidationIssue> issues) =>
        issues.Select(i => i.Field).Distinct().Order(StringComparer.Ordinal).ToArray();

    // uniqueItems fails on the whole array in JSON Schema; the C# rule points at the repeated item.
    private static string[] CSharpFields(IEnumerable<ValidationIssue> issues) =>
        Fields(issues
            .Where(i => i.Severity == IssueSeverity.Error && !s_csharpOnlyCodes.Contains(i.Code))
            .Select(i => i.Code.EndsWith(".doublon", StringComparison.Ordinal) ? i with { Field = i.Field[..i.Field.IndexOf('[', StringComparison.Ordinal)] } : i));
}
