namespace DataInclusion.Normalize.Tests;

public sealed class SiretTests
{
    [Theory]
    [InlineData("73282932000074")]
    [InlineData("79134508500025")]
    [InlineData("13000548103410")]
    public void HasValidKey_LuhnValidSiret_True(string text)
    {
        Assert.True(Siret.TryParse(text, out var siret));
        Assert.True(siret.HasValidKey);
        Assert.Equal(text[..9], siret.Siren);
    }

    [Theory]
    [InlineData("12345678912345")]
    [InlineData("79134508500026")]
    public void HasValidKey_WrongKey_FalseButStillParsed(string text)
    {
        Assert.True(Siret.TryParse(text, out var siret));
        Assert.False(siret.HasValidKey);
    }

    [Theory]
    [InlineData("35600000049837")]
    [InlineData("35600000000048")]
    public void HasValidKey_LaPosteEstablishment_UsesDigitSumRule(string text)
    {
        Assert.True(Siret.Parse(text).HasValidKey);
    }

    [Fact]
    public void HasValidKey_LaPosteDigitSumNotMultipleOfFive_False()
    {
        // Digit sum 46 and Luhn fails too.
        Assert.False(Siret.Parse("35600000049838").HasValidKey);
    }

    [Fact]
    public void HasValidKey_DigitSumRuleOnlyAppliesToLaPoste()
    {
        // 12345678900005 has digit sum 50 but fails Luhn and is not a La Poste SIRET.
        Assert.False(Siret.HasValidCheckDigit("12345678900005"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7328293200007")]
    [InlineData("732829320000745")]
    [InlineData("7328293200007A")]
    [InlineData("732 829 320 00074")]
    [InlineData("７３２８２９３２０００００７４")]
    public void TryParse_NotFourteenAsciiDigits_False(string? text)
    {
        Assert.False(Siret.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Siret.Parse(text ?? string.Empty));
    }

    [Fact]
    public void HasValidCheckDigit_Siren_ChecksNineDigits()
    {
        Assert.True(Siret.HasValidCheckDigit("732829320"));
        Assert.True(Siret.HasValidCheckDigit("356000000"));
        Assert.False(Siret.HasValidCheckDigit("732829321"));
    }
}
