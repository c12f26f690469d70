using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>Issue 9 §1: a run publishes <c>courriel_personnel</c> on structures and services (read by the dumps).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PersonalEmailPublicationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Run_FlagsPersonalAddressesOnStructuresAndServices_AndLeavesNullWithoutAnEmail()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = """
            [
              {"id": "perso", "nom": "Épicerie solidaire", "date_maj": "2025-03-01", "code_insee": "44109", "courriel": "Marie.Dupont@Gmail.com"},
              {"id": "pro", "nom": "CCAS de Nantes", "date_maj": "2025-03-01", "code_insee": "44109", "courriel": "mairie.nantes@orange.fr"},
              {"id": "sans", "nom": "Mission locale", "date_maj": "2025-03-01", "code_insee": "44109"}
            ]
            """;
        harness.Connector.ServicesJson = $$"""
            [
              {"id": "sv-perso", "structure_id": "pro", "nom": "Aide alimentaire", "description": "Colis alimentaires chaque semaine.",
               "date_maj": "{{QualityPublicationTests.Today}}", "courriel": "jean-pierre.martin@wanadoo.fr"},
              {"id": "sv-pro", "structure_id": "pro", "nom": "Accueil", "description": "Accueil sans rendez-vous.",
               "date_maj": "{{QualityPublicationTests.Today}}", "courriel": "accueil.emploi@gmail.com"}
            ]
            """;

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(
            ["test-feed--perso|true|marie.dupont@gmail.com", "test-feed--pro|false|mairie.nantes@orange.fr", "test-feed--sans|-|-"],
            await Sql.ColumnAsync(harness.Db,
                "SELECT id || '|' || coalesce(courriel_personnel::text, '-') || '|' || coalesce(courriel, '-') FROM marts.structures ORDER BY id"));
        Assert.Equal(
            ["test-feed--sv-perso|true", "test-feed--sv-pro|false"],
            await Sql.ColumnAsync(harness.Db, "SELECT id || '|' || courriel_personnel::text FROM marts.services ORDER BY id"));
    }
}
