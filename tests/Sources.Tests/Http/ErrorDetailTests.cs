using System.Text;
using DataInclusion.Sources.Http;

namespace DataInclusion.Sources.Tests.Http;

public sealed class ErrorDetailTests
{
    [Theory]
    [InlineData("""{"detail":"Vous n'avez pas la permission d'effectuer cette action."}""", "Vous n'avez pas la permission d'effectuer cette action.")]
    [InlineData("""["Le paramètre `type` est obligatoire."]""", "Le paramètre `type` est obligatoire.")]
    [InlineData("""{"error":"maintenance en cours"}""", "maintenance en cours")]
    [InlineData("""{"distance_max_km":["Assurez-vous"]}""", """{"distance_max_km":["Assurez-vous"]}""")]
    [InlineData("""{"errors":[{"title":"Internal Server Error","status":"500","detail":"Boom."}]}""", "Internal Server Error: Boom.")]
    [InlineData("<html>\n<body>Bad gateway</body>\n</html>", "<html> <body>Bad gateway</body> </html>")]
    public void Extract_QuotesWhatTheProducerSaid(string body, string expected) =>
        Assert.Equal(expected, ErrorDetail.Extract(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void Extract_LongBody_IsCut() =>
        Assert.Equal(201, ErrorDetail.Extract(Encoding.UTF8.GetBytes(new string('x', 5000)))!.Length);
}
