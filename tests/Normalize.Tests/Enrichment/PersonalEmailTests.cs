using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Normalize.Tests.Enrichment;

/// <summary>The personal e-mail rule (data-inclusion.md §2.5): prénom. + webmail, not an institution.</summary>
public sealed class PersonalEmailTests
{
    [Theory]
    [InlineData("marie.dupont@gmail.com")]
    [InlineData("jean-pierre.martin@wanadoo.fr")]
    [InlineData("Marie-Claire.Durand@Orange.fr")]
    [InlineData("anne-sophie.leroy@hotmail.fr")]
    [InlineData("nathalie.bernard56@laposte.net")]
    [InlineData("sebastien.petit@free.fr")]
    [InlineData("karim.benali@yahoo.fr")]
    [InlineData("fatima.diallo@outlook.com")]
    [InlineData("christophe.moreau@sfr.fr")]
    [InlineData("helene.roux@nordnet.fr")]
    [InlineData("hélène.roux@gmail.com")]
    [InlineData("yannick.le-goff@yahoo.co.uk")]
    [InlineData("julie.m@icloud.com")]
    [InlineData(" thomas.girard@gmail.com ")]
    public void Personal_addresses_are_flagged(string courriel) => Assert.True(PersonalEmail.IsPersonal(courriel), courriel);

    [Theory]
    [InlineData("contact@ccas-rennes.fr")]                // not a webmail
    [InlineData("mairie.saint-malo@orange.fr")]          // "mairie" is not a first name, and names an institution
    [InlineData("accueil.emploi@gmail.com")]             // "accueil" is not a first name
    [InlineData("marie.dupont@ville-rennes.fr")]         // a first name, but the employer's domain
    [InlineData("marie.mairie-vitre@orange.fr")]         // names a mairie
    [InlineData("claire.ccas@wanadoo.fr")]               // names a CCAS
    [InlineData("louise.services@gmail.com")]            // "services"
    [InlineData("martin.commune@free.fr")]               // "commune"
    [InlineData("paul.adil35@gmail.com")]                // ADIL
    [InlineData("saint-jean.paroisse@orange.fr")]        // "saint…" is a place
    [InlineData("jo.dupont@gmail.com")]                  // two letters: too short to be sure
    [InlineData("mariedupont@gmail.com")]                // no dot after the first name
    [InlineData("dupont.marie@gmail.com")]               // the first segment is a surname
    [InlineData("marie-xyz.dupont@gmail.com")]           // a compound whose second part is no first name
    [InlineData("secours.populaire@orange.fr")]
    [InlineData("france.benevolat@orange.fr")]           // "france" is left out of the list on purpose
    [InlineData("marie.dupont@gmail.orange.example.fr")] // not a webmail domain
    [InlineData("marie.dupont@")]
    [InlineData("marie.dupont")]
    [InlineData("marie.dupont@gmail.com@evil.fr")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_addresses_are_not_flagged(string? courriel) => Assert.False(PersonalEmail.IsPersonal(courriel), courriel);

    [Theory]
    [InlineData("jean", true)]
    [InlineData("jean-pierre", true)]
    [InlineData("marie-saint", false)]
    [InlineData("eva", true)]
    [InlineData("al", false)]
    [InlineData("saintjean", false)]
    public void First_names_and_their_compounds(string candidate, bool expected) => Assert.Equal(expected, PersonalEmail.IsFirstName(candidate));

    [Fact]
    public void The_list_holds_hundreds_of_names_from_every_generation()
    {
        string[] sample = ["marie", "jean", "michel", "nathalie", "sebastien", "julie", "thomas", "emma", "lucas", "mohamed", "fatima", "yannick", "gwenaelle"];

        Assert.All(sample, name => Assert.True(PersonalEmail.IsFirstName(name), name));
    }
}
