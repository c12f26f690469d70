namespace DataInclusion.Normalize.Tests;

public sealed class CodeTests
{
    [Theory]
    [InlineData("35238", "35")]
    [InlineData("2A004", "2A")]
    [InlineData("2B033", "2B")]
    [InlineData("97411", "974")]
    [InlineData("98818", "988")]
    public void CodeInsee_ValidCode_ParsesWithDepartement(string text, string departement)
    {
        Assert.True(CodeInsee.TryParse(text, out var code));
        Assert.Equal(departement, code.Departement);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("3523")]
    [InlineData("352380")]
    [InlineData("2C004")]
    [InlineData("2a004")]
    [InlineData("A5238")]
    [InlineData(null)]
    public void CodeInsee_InvalidCode_Rejected(string? text) => Assert.False(CodeInsee.TryParse(text, out _));

    [Theory]
    [InlineData("35000", true)]
    [InlineData("01000", true)]
    [InlineData("3500", false)]
    [InlineData("35 000", false)]
    [InlineData("2A000", false)]
    public void CodePostal_FiveDigitsOnly(string text, bool valid) => Assert.Equal(valid, CodePostal.TryParse(text, out _));
}
