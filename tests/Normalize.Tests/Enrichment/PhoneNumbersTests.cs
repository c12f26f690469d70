using DataInclusion.Normalize.Enrichment;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests.Enrichment;

/// <summary>Rule 4: French numbers to E.164; whatever cannot be read for sure is kept as written.</summary>
public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("02 40 41 90 00", "+33240419000")]
    [InlineData("02.40.41.90.00", "+33240419000")]
    [InlineData("02-40-41-90-00", "+33240419000")]
    [InlineData("0240419000", "+33240419000")]
    [InlineData(" 01\u00a044\u00a078\u00a012\u00a034 ", "+33144781234")]
    [InlineData("06 12 34 56 78", "+33612345678")]
    [InlineData("07 81 23 45 67", "+33781234567")]
    [InlineData("09 72 10 10 10", "+33972101010")]
    [InlineData("0 800 130 000", "+33800130000")]
    [InlineData("+33 2 40 41 90 00", "+33240419000")]
    [InlineData("+33 (0)2 40 41 90 00", "+33240419000")]
    [InlineData("+33 0 6 12 34 56 78", "+33612345678")]
    [InlineData("0033 6 12 34 56 78", "+33612345678")]
    [InlineData("+33240419000", "+33240419000")]
    [InlineData("(+33) 2 40 41 90 00", "+33240419000")]
    public void Metropolitan_numbers_become_plus_33(string input, string expected)
    {
        Assert.Equal(expected, PhoneNumbers.Normalize(input));
    }

    [Theory]
    [InlineData("02 62 90 86 86", "+262262908686")]
    [InlineData("06 92 12 34 56", "+262692123456")]
    [InlineData("06 93 12 34 56", "+262693123456")]
    [InlineData("02 69 61 10 10", "+262269611010")]
    [InlineData("06 39 12 34 56", "+262639123456")]
    [InlineData("05 90 82 12 34", "+590590821234")]
    [InlineData("06 90 12 34 56", "+590690123456")]
    [InlineData("05 94 29 12 34", "+594594291234")]
    [InlineData("06 94 12 34 56", "+594694123456")]
    [InlineData("05 96 59 12 34", "+596596591234")]
    [InlineData("06 96 12 34 56", "+596696123456")]
    [InlineData("+262 262 90 86 86", "+262262908686")]
    [InlineData("+262 (0)6 92 12 34 56", "+262692123456")]
    [InlineData("00590 590 82 12 34", "+590590821234")]
    public void Overseas_numbers_get_their_own_country_code(string input, string expected)
    {
        Assert.Equal(expected, PhoneNumbers.Normalize(input));
    }

    [Theory]
    [InlineData("39 49", "3949")]
    [InlineData("3919", "3919")]
    [InlineData("115", "115")]
    public void Short_numbers_are_kept_as_digits(string input, string expected)
    {
        Assert.Equal(expected, PhoneNumbers.Normalize(input));
    }

    [Theory]
    [InlineData("02 40 41 90 00 (standard)")]
    [InlineData("02 40 41 90 00 / 06 12 34 56 78")]
    [InlineData("Tél : 02 40 41 90 00")]
    [InlineData("02 40 41 90")]
    [InlineData("240419000")]
    [InlineData("00 00 00 00 00")]
    [InlineData("+33 262 90 86 86")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+33 2 40 + 41 90 00")]
    [InlineData("+269 773 12 34")]
    [InlineData("05 08 41 23 45")]
    [InlineData("09 76 21 23 45")]
    [InlineData("")]
    [InlineData("   ")]
    public void Anything_else_is_returned_unchanged(string input)
    {
        Assert.Equal(input, PhoneNumbers.Normalize(input));
    }

    [Fact]
    public void Null_stays_null()
    {
        Assert.Null(PhoneNumbers.Normalize(null));
    }

    [Fact]
    public void Enricher_normalises_the_telephone_of_structures_and_services()
    {
        var enricher = new Enricher();

        var structure = enricher.Enrich(Records.Structure with { Telephone = "02 62 90 86 86" });
        var service = enricher.Enrich(Records.Service with { Telephone = "06.12.34.56.78" });

        Assert.Equal("+262262908686", structure.Value.Telephone);
        Assert.Equal(["telephone"], structure.ChangedFields);
        Assert.Equal("+33612345678", service.Value.Telephone);
    }
}
