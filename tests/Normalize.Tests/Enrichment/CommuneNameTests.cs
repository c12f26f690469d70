using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Normalize.Tests.Enrichment;

/// <summary>The comparison key used to match commune names.</summary>
public sealed class CommuneNameTests
{
    [Theory]
    [InlineData("Saint-Herblain", "saint herblain")]
    [InlineData("ST HERBLAIN", "saint herblain")]
    [InlineData("Ste-Luce-sur-Loire", "sainte luce sur loire")]
    [InlineData("L'Abergement-Clémenciat", "l abergement clemenciat")]
    [InlineData("Œuilly", "oeuilly")]
    [InlineData("NANTES CEDEX 1", "nantes")]
    [InlineData("Nantes Cedex01", "nantes")]
    [InlineData("Châlons s/ Marne", "chalons sur marne")]
    [InlineData("  --  ", "")]
    public void Key_ignores_case_accents_punctuation_and_cedex(string name, string expected)
    {
        Assert.Equal(expected, CommuneName.Key(name));
    }

    [Theory]
    [InlineData("paris 11e", "paris")]
    [InlineData("lyon 3eme arrondissement", "lyon")]
    [InlineData("marseille 1er", "marseille")]
    [InlineData("marseille 13", "marseille")]
    public void Arrondissement_ordinal_is_removed(string key, string expected)
    {
        Assert.Equal(expected, CommuneName.WithoutArrondissement(key));
    }

    [Theory]
    [InlineData("saint herblain")]
    [InlineData("11")]
    public void Key_without_ordinal_has_no_arrondissement(string key)
    {
        Assert.Null(CommuneName.WithoutArrondissement(key));
    }
}
