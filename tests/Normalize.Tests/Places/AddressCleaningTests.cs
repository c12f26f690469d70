using DataInclusion.Normalize.Places.Geocoding;

namespace DataInclusion.Normalize.Tests.Places;

/// <summary>data-inclusion.md §4: the input cleaning rules of the geocoding step.</summary>
public sealed class AddressCleaningTests
{
    [Theory]
    [InlineData("12 av. Jean-Jaurès", "12 avenue Jean Jaurès")]
    [InlineData("3 bd de la Liberté", "3 boulevard de la Liberté")]
    [InlineData("- 5 r Pasteur -", "5 rue Pasteur")]
    [InlineData("1 rd pt de l'Europe", "1 rond point de l'Europe")]
    [InlineData("2 pl. du Marché", "2 place du Marché")]
    [InlineData("Imp des Lilas", "impasse des Lilas")]
    [InlineData("10 rue Rivoli", "10 rue Rivoli")]
    public void Adresse_LosesHyphensAndDotsAndHasItsAbbreviationsExpanded(string adresse, string expected) =>
        Assert.Equal(expected, AddressCleaning.Clean(adresse, "35000", "35238", "Rennes")!.Adresse);

    [Fact]
    public void PostalBoxes_AreRemovedAndTakeThePostcodeWithThem()
    {
        var query = AddressCleaning.Clean("12 rue de la Gare BP 123", "35000", "35238", "Rennes")!;

        Assert.Equal("12 rue de la Gare", query.Adresse);
        Assert.Null(query.CodePostal); // a postcode next to a BP is a CEDEX one
        Assert.Equal("12 rue de la Gare||35238|Rennes", query.Key);
        Assert.Equal("5 allée Verte", AddressCleaning.Clean("CS 20001 5 all Verte", "35000", "35238", "Rennes")!.Adresse);
    }

    [Fact]
    public void Cedex_IsCutFromTheCommuneWithThePostcode()
    {
        var query = AddressCleaning.Clean("1 rue Haute", "35031", "35238", "Rennes CEDEX 9")!;

        Assert.Equal("Rennes", query.Commune);
        Assert.Null(query.CodePostal);
    }

    [Fact]
    public void APostcodeTheCogDoesNotKnow_IsNotSent()
    {
        Assert.Null(AddressCleaning.Clean("1 rue Haute", "35999", "35238", "Rennes")!.CodePostal);
        Assert.Equal("35000", AddressCleaning.Clean("1 rue Haute", "35000", "35238", "Rennes")!.CodePostal);
    }

    [Theory]
    [InlineData(null, null, "Rennes")]
    [InlineData("35000", null, null)]
    [InlineData(null, "35238", null)]
    [InlineData("35999", null, "Rennes")] // the unknown postcode does not count
    [InlineData("35000", "3523", null)] // nor does a malformed commune code
    public void LessThanTwoOfPostcodeCodeAndCommune_IsNotGeocoded(string? codePostal, string? codeInsee, string? commune) =>
        Assert.Null(AddressCleaning.Clean("1 rue Haute", codePostal, codeInsee, commune));

    [Fact]
    public void AnArrondissement_FiltersInsteadOfItsCommune()
    {
        Assert.Equal("75112", AddressCleaning.Clean("10 rue de Lyon", "75012", "75056", "Paris", "75112")!.CodeInsee);
        // Without it, Paris's code would filter out every answer (the BAN files them by arrondissement): no filter.
        Assert.Null(AddressCleaning.Clean("10 rue de Lyon", "75012", "75056", "Paris")!.CodeInsee);
        Assert.Null(AddressCleaning.Clean("1 rue de la République", "13001", "13055", "Marseille")!.CodeInsee);
    }

    [Theory]
    [InlineData("12 rue de la Paix", "Rennes", true)]
    [InlineData(null, "Rennes", false)]
    [InlineData("Le Bourg", "Plélan", false)]
    [InlineData("Mairie", "Plélan", false)]
    [InlineData("Place du village", "Plélan", false)]
    [InlineData("Saint-Malo", "Saint-Malo", false)] // the address is the commune's name
    [InlineData("Lieu-dit Kerbras, Plouguerneau", "Plouguerneau", false)]
    public void IsStreetAddress_TellsAStreetPlaceFromAVillageCentre(string? adresse, string commune, bool expected) =>
        Assert.Equal(expected, AddressCleaning.Clean(adresse, null, "29195", commune)!.IsStreetAddress);

    [Fact]
    public void Key_IsTheCleanedInput_SoRewordingsOfOneAddressShareIt() =>
        Assert.Equal(
            AddressCleaning.Clean("12 av. Foch", "35000", "35238", "Rennes")!.Key,
            AddressCleaning.Clean(" 12 avenue Foch- ", "35000", "35238", " Rennes")!.Key);
}
