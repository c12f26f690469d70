using DataInclusion.Normalize.Dedup;

namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>The normalisation that makes two writings of one place compare equal, and keeps apart what should be.</summary>
public sealed class ComparisonKeysTests
{
    [Theory]
    [InlineData("CCAS de Lyon", "Centre Communal d'Action Sociale", "Lyon")]
    [InlineData("C.C.A.S.", "ccas", "Lyon")]
    [InlineData("Pôle emploi Part-Dieu", "France Travail Part Dieu", "Lyon")]
    [InlineData("MSAP de Craon", "France services", "Craon")]
    [InlineData("Maison de services au public", "Espace France Services", "Craon")]
    [InlineData("PIJ", "Point Information Jeunesse de Rezé", "Rezé")]
    [InlineData("P.I.J.", "Info Jeunes", "Rezé")]
    [InlineData("FJT Les Oiseaux", "Foyer de Jeunes Travailleurs les oiseaux", "Rennes")]
    [InlineData("Association L'Étape", "L'ETAPE (SARL)", "Lille")]
    [InlineData("Les Restaurants du Cœur - Nantes", "restos du coeur", "Nantes")]
    public void NameKey_FoldsNameFormsOfOnePlace_ToTheSameWords(string a, string b, string commune)
    {
        var left = NameKey.From(a, commune);
        var right = NameKey.From(b, commune);

        Assert.Equal(left.Tokens, right.Tokens);
        Assert.Equal(1.0, left.Similarity(right));
        Assert.Equal(left.Institutions, right.Institutions);
    }

    [Fact]
    public void NameKey_BareNetworkNameIsGeneric_ANamedAntennaIsNot()
    {
        Assert.True(NameKey.From("Mission locale de Toulouse", "Toulouse").IsGeneric);
        Assert.False(NameKey.From("Mission locale Toulouse Empalot", "Toulouse").IsGeneric);
        Assert.False(NameKey.From("Les Amis de la Soupe", "Lyon").IsGeneric);
    }

    [Fact]
    public void NameKey_OneTypoInALongWord_StillMatches()
    {
        var name = NameKey.From("Entraide Protestante", null);

        Assert.Equal(1.0, name.Similarity(NameKey.From("Entraide Protstante", null)));
        Assert.Equal(1.0, name.Similarity(NameKey.From("Entraide Protesatnte", null)));
        Assert.Equal(1.0, name.Similarity(NameKey.From("Entraide Protestantes", null)));
        Assert.Equal(0.5, name.Similarity(NameKey.From("Entraide Protestatnes", null)));
    }

    [Fact]
    public void NameKey_HostAndGuest_NameDifferentInstitutions()
    {
        Assert.NotEqual(NameKey.From("France services", null).Institutions, NameKey.From("Permanence CAF - France services", null).Institutions);
    }

    [Theory]
    [InlineData("12 bd Victor Hugo", "12 boulevard Victor-Hugo")]
    [InlineData("3, AV. DE LA RÉPUBLIQUE", "3 avenue de la Republique")]
    [InlineData("5 r. du Moulin BP 42", "5 rue du moulin")]
    [InlineData("8 pl. St Michel", "8 place Saint-Michel")]
    public void StreetKey_ExpandsAbbreviations_AndDropsPostalBoxes(string a, string b)
    {
        Assert.Equal(StreetKey.From(b), StreetKey.From(a));
    }

    [Fact]
    public void StreetKey_DifferentHouseNumbers_Differ()
    {
        Assert.NotEqual(StreetKey.From("12 rue Pasteur"), StreetKey.From("52 rue Pasteur"));
        Assert.Null(StreetKey.From("12"));
    }

    [Fact]
    public void ContactKeys_WebmailAndSocialHosts_AreNoSignal()
    {
        Assert.Null(ContactKeys.EmailDomain("jardins.partages@gmail.com"));
        Assert.Equal("ville-lyon.fr", ContactKeys.EmailDomain("ccas@ville-lyon.fr"));
        Assert.Null(ContactKeys.WebHost("https://www.facebook.com/escale"));
        Assert.Equal("lacloche.org", ContactKeys.WebHost("www.lacloche.org/lille"));
        Assert.Equal(ContactKeys.WebHost("http://lacloche.org"), ContactKeys.WebHost("https://www.lacloche.org"));
    }
}
