using System.Text;
using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize.Tests;

/// <summary>
/// Issue 8 fault catalogue: a record nested 100,000 deep. Parsing it whole costs time in the square of its depth, so
/// nesting past <see cref="JsonDepth.Limit"/> is cut to a marker before parsing; the record's field then has the wrong type.
/// </summary>
public sealed class JsonDepthTests
{
    [Fact]
    public void Parse_ARecordNestedPastTheLimit_KeepsItsShallowPart_AndReplacesTheDeepValueByAMarker()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var json = Encoding.UTF8.GetBytes($$"""[{"id":"a","nom":{{deep}},"texte":"é\"\u00e9","n":1.50,"b":true,"z":null},{"id":"b","nom":"Bon"}]""");

        using var document = JsonRead.Parse(json);

        var first = document.RootElement[0];
        Assert.Equal(JsonValueKind.Array, first.GetProperty("nom").ValueKind);
        var depth = 1;
        var value = first.GetProperty("nom");
        while (value.ValueKind == JsonValueKind.Array)
        {
            value = value[0];
            depth++;
        }

        Assert.Equal(JsonValueKind.Object, value.ValueKind);
        Assert.Contains("niveaux", value.GetProperty("profondeur").GetString(), StringComparison.Ordinal);
        Assert.True(depth < JsonDepth.Limit, $"depth {depth}");
        Assert.Equal("é\"é", first.GetProperty("texte").GetString());
        Assert.Equal("1.50", first.GetProperty("n").GetRawText());
        Assert.True(first.GetProperty("b").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("z").ValueKind);
        Assert.Equal("Bon", document.RootElement[1].GetProperty("nom").GetString());
    }

    [Fact]
    public void Parse_ShallowJson_IsTheContentItself()
    {
        var json = new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes("""[{"id":"a","nom":[[["x"]]]}]"""));

        Assert.True(JsonDepth.Bound(json).Equals(json));
    }
}
