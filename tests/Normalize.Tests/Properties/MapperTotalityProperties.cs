using DataInclusion.Normalize.Tests.Support;
using FsCheck.Xunit;

namespace DataInclusion.Normalize.Tests.Properties;

/// <summary>
/// Issue 8: no record can break a run. Each mapper gets its golden fixture with generated hostile records mixed in
/// (null or wrong-typed fields, empty objects, 10,000-character strings, numbers where strings are expected, nested
/// arrays, deep nesting) and must stay total: see <see cref="Totality.Check"/>.
/// </summary>
[Properties(Arbitrary = [typeof(HostileArbitraries), typeof(HostileCsv)], MaxTest = 60)]
public sealed class MapperTotalityProperties
{
    private static readonly IReadOnlyDictionary<string, ISourceMapper> s_mappers = SourceMappers.Create(FixedTimeProvider.Default);

    [Property]
    public void Emplois(HostileBatch batch) => Totality.Check(
        s_mappers[EmploisMapper.SourceSlug],
        HostileFeed.Json("Emplois", "siae-page1.input.json", EmploisMapper.SiaesStream, new RecordShape("results", "id", "nom"), batch));

    [Property]
    public void DoraStructures(HostileBatch batch) => Totality.Check(
        s_mappers[DoraMapper.SourceSlug],
        HostileFeed.Json("Dora", "structures.input.json", DoraMapper.StructuresStream, new RecordShape("results", "id", "nom"), batch));

    [Property]
    public void DoraServices(HostileBatch batch) => Totality.Check(
        s_mappers[DoraMapper.SourceSlug],
        HostileFeed.Json("Dora", "services.input.json", DoraMapper.ServicesStream, new RecordShape(string.Empty, "id", "nom"), batch));

    [Property]
    public void Soliguide(HostileBatch batch) => Totality.Check(
        s_mappers["soliguide"],
        HostileFeed.Json("Soliguide", "lieux.input.json", SoliguideMapper.LieuxStream, new RecordShape("places", "lieu_id", "name")
        {
            // Lieux abroad or taken from Dora are skipped by design; an older date keeps the good lieux' shared services.
            Fixed = new Dictionary<string, string> { ["position.country"] = "fr", ["sources"] = "none", ["updatedAt"] = "2001-01-01" },
        }, batch));

    [Property]
    public void MediationNumerique(HostileBatch batch) => Totality.Check(
        s_mappers["mediation-numerique"],
        HostileFeed.Json("MediationNumerique", "structures.input.json", MediationNumeriqueMapper.StructuresStream, new RecordShape(string.Empty, "id", "nom")
        {
            // Records the national map re-publishes from a source we ingest directly are skipped by design.
            Fixed = new Dictionary<string, string> { ["source"] = "hostile-producer" },
        }, batch));

    [Property]
    public void FranceTravailAgences(HostileBatch batch) => Totality.Check(
        s_mappers["france-travail"],
        HostileFeed.Json("FranceTravail", "agences.input.json", FranceTravailMapper.AgencesStream, new RecordShape(string.Empty, "code", "libelleEtendu", "libelle"), batch));

    [Property]
    public void FranceTravailServices(IReadOnlyList<HostileRow> rows) => Totality.Check(
        s_mappers["france-travail"],
        HostileCsv.Build("FranceTravail", "services.input.csv", FranceTravailMapper.ServicesStream, "id", "nom", rows),
        Golden.Input("FranceTravail", "agences", FranceTravailMapper.AgencesStream));

    [Property]
    public void AgefiphStructures(HostileBatch batch) => Totality.Check(
        s_mappers["agefiph"],
        HostileFeed.Json("Agefiph", "structures.input.json", AgefiphMapper.StructuresStream, new RecordShape("data", "id", "attributes.title")
        {
            // Only the contacts of the receiving type are structures, by design.
            Fixed = new Dictionary<string, string> { ["relationships.field_type_contact.data.id"] = "3050a487-098f-4af0-9809-bc7ec4a5b999" },
        }, batch));

    [Property]
    public void AgefiphServices(HostileBatch batch) => Totality.Check(
        s_mappers["agefiph"],
        HostileFeed.Json("Agefiph", "services.input.json", AgefiphMapper.ServicesStream, new RecordShape("data", "id", "attributes.title")
        {
            // Partner-only solutions and excluded thématiques are skipped by design.
            Fixed = new Dictionary<string, string> { ["attributes.field_solution_partenaire"] = "false", ["relationships.field_thematique"] = "none" },
        }, batch),
        Golden.Input("Agefiph", "structures", AgefiphMapper.StructuresStream));

    [Property]
    public void ActionLogementStructures(IReadOnlyList<HostileRow> rows) => Totality.Check(
        s_mappers[ActionLogementMapper.SourceSlug],
        HostileCsv.Build("ActionLogement", "structures.input.csv", ActionLogementMapper.StructuresStream, "id", "nom", rows));

    [Property]
    public void ActionLogementServices(IReadOnlyList<HostileRow> rows) => Totality.Check(
        s_mappers[ActionLogementMapper.SourceSlug],
        HostileCsv.Build("ActionLogement", "services.input.csv", ActionLogementMapper.ServicesStream, "id", "nom", rows),
        Golden.Input("ActionLogement", "structures", ActionLogementMapper.StructuresStream, "text/csv"));

    [Property]
    public void Cd35(HostileBatch batch) => Totality.Check(
        s_mappers["cd35"],
        HostileFeed.Json("Cd35", "organisations.input.json", Cd35Mapper.OrganisationsStream, new RecordShape("features", "attributes.ID", "attributes.NOM"), batch));
}
