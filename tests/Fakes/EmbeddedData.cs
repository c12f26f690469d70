using System.Text.Json.Nodes;

namespace DataInclusion.Fakes;

/// <summary>Recorded or sample bodies shipped in <c>Data/</c> as embedded resources.</summary>
public static class EmbeddedData
{
    public static byte[] ReadBytes(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"No embedded resource '{name}' in DataInclusion.Fakes.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static JsonNode ReadJson(string name) => JsonNode.Parse(ReadBytes(name))!;
}
