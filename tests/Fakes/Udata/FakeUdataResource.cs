using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.Udata;

/// <summary>A hosted resource of the fake dataset: its file and the metadata last PUT.</summary>
public sealed class FakeUdataResource(string id)
{
    public string Id { get; } = id;

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string Format { get; set; } = string.Empty;

    public string Type { get; set; } = "main";

    public JsonNode? Schema { get; set; }

    public JsonObject Extras { get; set; } = [];

    public string FileName { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    /// <summary>How many times a file was uploaded to this resource (creation included).</summary>
    public int Uploads { get; set; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["title"] = Title,
        ["description"] = Description,
        ["filetype"] = "file",
        ["type"] = Type,
        ["format"] = Format,
        ["url"] = $"https://static.example/resources/{Id}/{FileName}",
        ["filesize"] = Content.Length,
        ["schema"] = Schema?.DeepClone(),
        ["extras"] = Extras.DeepClone(),
    };
}
