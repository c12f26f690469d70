using DataInclusion.Host.Rest;

namespace DataInclusion.Host.Tests.Rest;

/// <summary>
/// A REST record read from a mart row sets every field: its constructor (the shared address block in
/// <see cref="RestPlace"/>) carries SetsRequiredMembers, so the compiler no longer checks each is set; this does.
/// </summary>
public sealed class RestRowsTests
{
    [Fact]
    public void Structure_FromARowWithEveryColumn_SetsEveryField()
    {
        var structure = RestRows.Structure(FullRow(RestRows.StructureColumns));

        Assert.Empty(Unset(structure));
        Assert.True(structure.AdresseCertifiee);
        Assert.Equal("commune", structure.Commune);
        Assert.Equal(2.5, structure.Longitude);
    }

    [Fact]
    public void Service_FromARowWithEveryColumn_SetsEveryField()
    {
        var service = RestRows.Service(FullRow(RestRows.ServiceColumns));

        Assert.Empty(Unset(service));
        Assert.True(service.AdresseCertifiee);
        Assert.Equal("courriel", service.Courriel);
        Assert.Equal(0.5, service.ScoreQualite);
    }

    // Each column read, under the camelCase key MartsReader gives it, with a non-null value of the mart's type.
    private static Dictionary<string, object?> FullRow(IReadOnlyList<string> columns) => columns.ToDictionary(Camel, column => column switch
    {
        "date_maj" => "2026-01-01",
        "adresse_provenance" => "geocodage",
        "longitude" or "latitude" or "volume_horaire_hebdomadaire" => 2.5,
        "score_qualite" => 0.5m,
        "nombre_semaines" => 3,
        "reseaux_porteurs" or "thematiques" or "publics" or "modes_accueil" or "zone_eligibilite" or "modes_mobilisation" or "mobilisable_par" => new[] { column },
        _ => (object?)column,
    });

    private static List<string> Unset(object record) =>
        record.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && p.GetValue(record) is null).Select(p => p.Name).ToList();

    private static string Camel(string column)
    {
        var words = column.Split('_');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
