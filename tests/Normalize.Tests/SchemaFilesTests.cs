using System.Text.Json;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

/// <summary>schema/*.json are the published contract: their enums must be the embedded référentiels, field for field.</summary>
public sealed class SchemaFilesTests
{
    [Theory]
    [InlineData("structure.json", "ReseauPorteur", "reseaux-porteurs")]
    [InlineData("service.json", "Thematique", "thematiques")]
    [InlineData("service.json", "Public", "publics")]
    [InlineData("service.json", "ModeAccueil", "modes-accueil")]
    [InlineData("service.json", "ModeMobilisation", "modes-mobilisation")]
    [InlineData("service.json", "PersonneMobilisatrice", "personnes-mobilisatrices")]
    public void Definition_EnumEqualsReferentiel(string schemaFile, string definition, string referentiel)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "schema", schemaFile)));
        var values = schema.RootElement.GetProperty("definitions").GetProperty(definition).GetProperty("enum")
            .EnumerateArray().Select(v => v.GetString()).ToArray();
        var expected = Referentiels.All.Single(r => r.Name == referentiel).Values.Select(v => v.Value).ToArray();
        Assert.Equal(expected, values);
    }

    [Theory]
    [InlineData("structure.json", typeof(Structure))]
    [InlineData("service.json", typeof(Service))]
    public void Properties_AreTheModelFieldsInOrder(string schemaFile, Type model)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "schema", schemaFile)));
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var fields = model.GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().Single().Name);
        Assert.Equal(fields, properties);
    }
}
