namespace DataInclusion.Normalize.Tests;

public sealed class ReferentielTests
{
    [Fact]
    public void Referentiels_HaveTheSchemaV1Counts()
    {
        // data-inclusion.md §1.4: frais 2, modes_accueil 2, modes_mobilisation 4, personnes 2, publics 14, types 6,
        // thématiques 69 in 16 catégories, réseaux porteurs 108.
        Assert.Equal(
            [2, 2, 4, 2, 14, 108, 69, 16, 6],
            Referentiels.All.Select(r => r.Values.Count));
    }

    [Theory]
    [InlineData("famille--garde-enfants", "famille--garde-denfants")]
    [InlineData("Famille--Garde-Denfants", "famille--garde-denfants")]
    [InlineData("sante--acces-au-soins", "sante--acces-aux-soins")]
    [InlineData("numerique--maitriser-les-fondamentaux-du-numerque", "numerique--maitriser-les-fondamentaux-du-numerique")]
    public void Suggest_NearValue_ReturnsIt(string value, string expected) =>
        Assert.Equal(expected, Referentiels.Thematiques.Suggest(value));

    [Fact]
    public void Suggest_Transposition_CountsAsOneEdit() =>
        Assert.Equal("femmes", Referentiels.Publics.Suggest("fmemes"));

    [Theory]
    [InlineData("cuisine")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public void Suggest_NothingClose_Null(string value) => Assert.Null(Referentiels.Thematiques.Suggest(value));

    [Fact]
    public void Thematiques_PrefixIsACategorie()
    {
        Assert.All(Referentiels.Thematiques.Values, t =>
            Assert.True(Referentiels.CategoriesThematiques.Contains(t.Value[..t.Value.IndexOf("--", StringComparison.Ordinal)])));
    }
}
