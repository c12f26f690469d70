using DataInclusion.Host.Producers;
using DataInclusion.Normalize;
using DataInclusion.Sources.V1Feed;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DataInclusion.Host.Web.Producers;

/// <summary>
/// Reads a submission's body: multipart files named after their stream (<c>structures</c>, <c>services</c>,
/// <c>classeur</c>, or <c>file</c> for one workbook) or a JSON object <c>{"structures": [...], "services": [...]}</c>.
/// The size cap is enforced before and while reading; a file name is kept for display only, never as a path.
/// </summary>
internal static partial class SubmissionReader
{
    private const string Multipart = "multipart/form-data";

    /// <summary>Declared part types we accept; the format itself is then detected from the bytes (<see cref="FeedFormat"/>).</summary>
    private static readonly HashSet<string> s_partTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        FeedFormat.Json, FeedFormat.NdJson, "application/ndjson", "application/jsonl", "application/x-jsonlines", "text/json",
        FeedFormat.Csv, "application/csv", "text/plain", FeedFormat.Xlsx, "application/vnd.ms-excel",
        "application/octet-stream", "application/zip",
    };

    public static async Task<(IReadOnlyList<SubmittedFile> Files, ProducerRefusal? Refusal)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return ([], TooLarge(maxBytes));
        }

        var contentType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed : null;
        var mediaType = contentType?.MediaType.Value?.ToLowerInvariant();
        if (mediaType is not (Multipart or FeedFormat.Json))
        {
            return ([], new ProducerRefusal(StatusCodes.Status415UnsupportedMediaType, "requete.type_non_pris_en_charge",
                $"Type de contenu « {request.ContentType} » non pris en charge : envoyez les fichiers en multipart/form-data (parties structures, services ou classeur) ou un objet JSON {{\"structures\": [...], \"services\": [...]}} en application/json."));
        }

        // Our own bound replaces Kestrel's (30 MB), so that the configured cap is the one that applies, in both directions.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return ([], TooLarge(maxBytes));
        }

        if (mediaType == FeedFormat.Json)
        {
            return FromJson(body);
        }

        var boundary = HeaderUtilities.RemoveQuotes(contentType!.Boundary).Value;
        return string.IsNullOrEmpty(boundary)
            ? ([], BadRequest("requete.multipart_invalide", "Corps multipart sans délimiteur (boundary)."))
            : await FromMultipartAsync(body, boundary, cancellationToken);
    }

    private static async Task<(IReadOnlyList<SubmittedFile>, ProducerRefusal?)> FromMultipartAsync(byte[] body, string boundary, CancellationToken cancellationToken)
    {
        var files = new List<SubmittedFile>();
        var reader = new MultipartReader(boundary, new MemoryStream(body));
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    return ([], BadRequest("requete.multipart_invalide", "Une partie du corps multipart n'a pas d'en-tête Content-Disposition."));
                }

                var name = disposition.Name.Value?.Trim('"') ?? string.Empty;
                var declared = MediaTypeHeaderValue.TryParse(section.ContentType, out var partType) ? partType.MediaType.Value : null;
                if (declared is not null && !s_partTypes.Contains(declared))
                {
                    return ([], new ProducerRefusal(StatusCodes.Status415UnsupportedMediaType, "fichier.type_non_pris_en_charge",
                        $"Le fichier « {name} » est de type {declared} : seuls JSON, NDJSON, CSV et XLSX sont acceptés."));
                }

                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content, cancellationToken);
                var bytes = content.ToArray();
                var fileName = DisplayName(disposition.FileNameStar.Value ?? disposition.FileName.Value);
                var format = FeedFormat.Detect(declared, fileName ?? string.Empty, bytes);
                var stream = name == "file" && format == FeedFormat.Xlsx ? V1FeedMapper.WorkbookStream : name;
                if (stream is not (V1FeedMapper.StructuresStream or V1FeedMapper.ServicesStream or V1FeedMapper.WorkbookStream))
                {
                    return ([], BadRequest("fichier.partie_inconnue",
                        $"Partie « {name} » inconnue : nommez chaque fichier structures, services ou classeur (un XLSX avec les feuilles Structures et Services)."));
                }

                if (files.Any(f => f.Stream == stream))
                {
                    return ([], BadRequest("fichier.en_double", $"Deux fichiers pour « {stream} » : envoyez-en un seul."));
                }

                files.Add(new SubmittedFile(stream, fileName, format, bytes));
            }
        }
        catch (IOException exception)
        {
            return ([], BadRequest("requete.multipart_invalide", $"Corps multipart illisible : {exception.Message}"));
        }

        return Checked(files);
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static (IReadOnlyList<SubmittedFile>, ProducerRefusal?) Checked(List<SubmittedFile> files)
    {
        if (files.Count == 0)
        {
            return ([], BadRequest("requete.vide", "Aucun fichier reçu : envoyez structures, services ou un classeur."));
        }

        return files.Any(f => f.Stream == V1FeedMapper.WorkbookStream) && files.Count > 1
            ? ([], BadRequest("fichier.classeur_et_fichiers", "Un classeur contient déjà les deux feuilles : envoyez soit un classeur, soit des fichiers structures/services."))
            : (files, null);
    }

    /// <summary>The last segment of what the client called the file, without control characters: shown on pages, nothing else.</summary>
    private static string? DisplayName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var name = fileName.Trim('"');
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        return name.Length == 0 ? null : name[..Math.Min(name.Length, 200)];
    }

    private static ProducerRefusal TooLarge(long maxBytes) => new(StatusCodes.Status413PayloadTooLarge, "requete.trop_volumineuse",
        $"L'envoi dépasse la taille maximale de {maxBytes} octets (Producers__MaxSubmissionBytes) : découpez le fichier ou utilisez un flux que nous récupérons.");

    private static ProducerRefusal BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
