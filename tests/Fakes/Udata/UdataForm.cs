using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DataInclusion.Fakes.Udata;

/// <summary>A multipart/form-data body read as Flask's request parser sees it.</summary>
internal static class UdataForm
{
    /// <summary>The form fields and the part named <c>file</c> (a part under another name is just a field, as in Flask).</summary>
    public static (Dictionary<string, string> Fields, (string FileName, string ContentType, byte[] Content)? File)? Read(RecordedRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.Header("Content-Type"), out var mediaType) || mediaType.MediaType != "multipart/form-data")
        {
            return null;
        }

        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value!, new MemoryStream(request.Body));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        (string, string, byte[])? file = null;
        while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var content = new MemoryStream();
            section.Body.CopyTo(content);
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            if (name == "file" && fileName is not null)
            {
                file = (fileName, section.ContentType ?? "application/octet-stream", content.ToArray());
            }
            else
            {
                fields[name] = Encoding.UTF8.GetString(content.ToArray());
            }
        }

        return (fields, file);
    }
}
