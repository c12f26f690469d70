using System.Text.Json;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// What one built set holds, as we serve it: the exporter's files (size, SHA-256) and, for text files, the size of
/// their gzip copy. Written beside the files as <see cref="FileName"/>; the only list a request's file name is looked up in.
/// </summary>
internal sealed record OpenDataCatalog(string SetId, DateTimeOffset GeneratedAt, IReadOnlyList<OpenDataCatalogFile> Files)
{
    /// <summary>Hidden, and not a name the exporter writes: never listed nor served.</summary>
    public const string FileName = ".catalog.json";

    public OpenDataCatalogFile? Find(string name) => Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public static OpenDataCatalog? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, OpenDataJsonContext.Default.OpenDataCatalog);
    }

    public void Write(string path)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, this, OpenDataJsonContext.Default.OpenDataCatalog);
    }
}
