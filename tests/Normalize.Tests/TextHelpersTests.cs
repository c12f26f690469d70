using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize.Tests;

public sealed class TextHelpersTests
{
    [Theory]
    [InlineData("<p>Un&nbsp;<b>atelier</b> &amp; plus</p>", "Un atelier & plus")]
    [InlineData("Ligne 1<br/>Ligne 2<br>Ligne 3", "Ligne 1\nLigne 2\nLigne 3")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "- a\n- b")]
    [InlineData("  <p> </p> ", null)]
    [InlineData(null, null)]
    public void Html_ToText(string? html, string? expected) => Assert.Equal(expected, Html.ToText(html));

    [Fact]
    public void OpeningHours_GroupsConsecutiveEqualDays()
    {
        IReadOnlyList<(int, int)> morning = [(540, 720)];
        IReadOnlyList<(int, int)> none = [];
        IReadOnlyList<(int, int)> short10 = [(600, 630)];
        var week = new List<IReadOnlyList<(int, int)>> { morning, morning, none, morning, morning, short10, short10 };
        Assert.Equal("Mo,Tu 09:00-12:00; Th,Fr 09:00-12:00; Sa,Su 10:00-10:30", OpeningHours.Format(week, holidaysClosed: false));
    }

    [Fact]
    public void OpeningHours_AllClosed_Null()
    {
        IReadOnlyList<(int, int)> none = [];
        Assert.Null(OpeningHours.Format(Enumerable.Repeat(none, 7).ToList(), holidaysClosed: true));
    }

    [Theory]
    [InlineData("900", 540)]
    [InlineData("09:30", 570)]
    [InlineData("2400", 1440)]
    [InlineData("8h15", 495)]
    [InlineData("12:75", null)]
    [InlineData("midi", null)]
    public void OpeningHours_ParseTime(string text, int? minutes) => Assert.Equal(minutes, OpeningHours.ParseTime(text));

    [Theory]
    [InlineData("Accueil.", "Accueil")]
    [InlineData("Accueil...", "Accueil")]
    [InlineData("Couture, cuisine, etc.", "Couture, cuisine, etc.")]
    public void Text_StripTrailingDots(string value, string expected) => Assert.Equal(expected, Text.StripTrailingDots(value));

    [Fact]
    public void Text_Truncate_KeepsMaxCharactersWithEllipsis()
    {
        var truncated = Text.Truncate(new string('a', 151), 150)!;
        Assert.Equal(150, truncated.Length);
        Assert.EndsWith("…", truncated, StringComparison.Ordinal);
        Assert.Equal("court", Text.Truncate("court", 150));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("famille--garde-enfants", "famille--garde-denfants", 1)]
    public void EditDistance_OptimalStringAlignment(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b));
        Assert.Equal(expected, EditDistance.Compute(b, a));
    }
}
