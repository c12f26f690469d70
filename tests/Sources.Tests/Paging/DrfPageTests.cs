using System.Text;
using DataInclusion.Sources.Paging;

namespace DataInclusion.Sources.Tests.Paging;

public sealed class DrfPageTests
{
    [Fact]
    public void Parse_ReadsCountNextAndResults()
    {
        var page = DrfPage.Parse(Bytes("""{"count":3,"next":"https://x/?page=2","previous":null,"results":[{},{}]}"""));

        Assert.Equal(new DrfPage(3, "https://x/?page=2", 2), page);
    }

    [Theory]
    [InlineData("""["Le paramètre `type` est obligatoire."]""", "JSON Array")]
    [InlineData("""{"count":3,"next":null,"previous":null}""", "not a page object")]
    [InlineData("""{"count":3,"next":null,"previous":null,"results":{}}""", "not a page object")]
    [InlineData("""{"count":3,"next":null,"previous":null,"results":[{"id":""", "not valid JSON")]
    public void Check_NotAPage_SaysWhy(string body, string reason) =>
        Assert.Contains(reason, DrfPage.Check(Bytes(body)), StringComparison.Ordinal);

    private static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
