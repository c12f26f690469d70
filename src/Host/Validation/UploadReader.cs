using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DataInclusion.Host.Validation;

/// <summary>
/// Reads the files of a validation request (multipart: fields <c>fichier</c>, any number up to the limit, or <c>url</c>),
/// refusing an oversized body before it is read: by its Content-Length, else by the server's body limit set for this
/// request; each file is spooled by ASP.NET Core (to disk past 64 KB) and loaded only once found within its cap.
/// </summary>
internal static class UploadReader
{
    public static async Task<UploadResult> ReadAsync(HttpRequest request, ValidatorOptions options, UrlFetcher fetcher, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.MaxRequestBytes)
        {
            return UploadResult.Refused(StatusCodes.Status413PayloadTooLarge,
                $"La requête dépasse la taille permise : {ValidatorOptions.Size(options.MaxBytes)} par fichier (Validator__MaxBytes).");
        }

        if (!request.HasFormContentType)
        {
            return UploadResult.Refused(StatusCodes.Status415UnsupportedMediaType, "Envoyez le fichier en multipart/form-data (champ « fichier »).");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxBytes, ValueCountLimit = 16 }, cancellationToken);
        }
        catch (Exception e) when (IsTooLarge(e))
        {
            return UploadResult.Refused(StatusCodes.Status413PayloadTooLarge, options.TooLargeMessage("envoyé"));
        }
        catch (InvalidDataException)
        {
            return UploadResult.Refused(StatusCodes.Status400BadRequest, "Le formulaire envoyé est mal formé.");
        }

        var url = form["url"].ToString();
        var files = form.Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (files.Count > options.MaxFiles)
        {
            return UploadResult.Refused(StatusCodes.Status400BadRequest, $"Envoyez au plus {options.MaxFiles} fichiers à la fois.");
        }

        if (files.Count == 0)
        {
            var fetched = url.Length > 0
                ? await fetcher.FetchAsync(url, cancellationToken)
                : UploadResult.Refused(StatusCodes.Status400BadRequest, "Choisissez un fichier ou indiquez l'adresse d'un fichier.");
            return fetched with { Url = url };
        }

        var inputs = new List<Normalize.Validation.ValidationInput>();
        foreach (var file in files)
        {
            var name = ValidatorInputs.DisplayName(file.FileName);
            if (file.Length > options.MaxBytes)
            {
                return UploadResult.Refused(StatusCodes.Status413PayloadTooLarge, options.TooLargeMessage(name));
            }

            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken);
            }

            inputs.Add(ValidatorInputs.From(name, content, file.ContentType));
        }

        return UploadResult.Files(inputs);
    }

    // Kestrel's body limit surfaces as a 413 BadHttpRequestException; the multipart section limit as InvalidDataException.
    private static bool IsTooLarge(Exception e) =>
        e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || (e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase));
}
