using DataInclusion.Normalize.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace DataInclusion.Host.Validation;

/// <summary>
/// Two of the validator's doors: the page <c>/valider</c> (form, report, downloads) and <c>POST /api/v1/validate</c>
/// (the report as JSON, or <c>?format=csv|xlsx</c>). The CLI's <c>validate</c> is the third; all call <see cref="FeedValidator"/>.
/// </summary>
internal static class ValidatorEndpoints
{
    public static IEndpointRouteBuilder MapValidator(this IEndpointRouteBuilder endpoints, IConfiguration configuration, TimeProvider time)
    {
        var options = ValidatorOptions.From(configuration);
        var validator = new FeedValidator(time);
        var fetcher = new UrlFetcher(options);
        var store = new ReportStore(options, time);

        endpoints.MapGet("/valider", () => Html(ValidatorPage.Render(null, null, null, null)));

        endpoints.MapPost("/valider", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var upload = await UploadReader.ReadAsync(request, options, fetcher, cancellationToken);
            var url = upload.Url;
            if (upload.Error is not null)
            {
                return Html(ValidatorPage.Render(null, null, upload.Error, url), upload.Status);
            }

            var report = validator.Validate(upload.Inputs);
            return Html(ValidatorPage.Render(report, store.Add(report, upload.Inputs), null, url));
        }).DisableAntiforgery();

        endpoints.MapGet("/valider/rapports/{id}/constats.csv", (string id) =>
            store.Find(id) is { } stored
                ? Results.File(ReportCsv.Write(stored.Report), "text/csv; charset=utf-8", "constats-validation.csv")
                : Expired());

        endpoints.MapGet("/valider/rapports/{id}/classeur-annote.xlsx", (string id) =>
            store.Find(id) is { Workbooks: [var workbook, ..] } stored
                ? Results.File(AnnotatedWorkbook.Write(workbook.Content, workbook.FileName, stored.Report.Findings), Sources.V1Feed.FeedFormat.Xlsx,
                    "annote-" + workbook.FileName)
                : Expired());

        endpoints.MapPost("/api/v1/validate", async (HttpRequest request, string? format, CancellationToken cancellationToken) =>
        {
            var upload = await UploadReader.ReadAsync(request, options, fetcher, cancellationToken);
            if (upload.Error is not null)
            {
                return Results.Json(new { error = upload.Error }, statusCode: upload.Status);
            }

            var report = validator.Validate(upload.Inputs);
            var workbook = upload.Inputs.FirstOrDefault(i => i.MediaType == Sources.V1Feed.FeedFormat.Xlsx && report.Files.Any(f => f.File == i.FileName && f.Sheet is not null));
            return format switch
            {
                "csv" => Results.File(ReportCsv.Write(report), "text/csv; charset=utf-8", "constats-validation.csv"),
                "xlsx" when workbook is not null => Results.File(AnnotatedWorkbook.Write(workbook.Content, workbook.FileName, report.Findings),
                    Sources.V1Feed.FeedFormat.Xlsx, "annote-" + workbook.FileName),
                "xlsx" => Results.Json(new { error = "Le classeur annoté n'existe que pour un fichier XLSX lisible." }, statusCode: StatusCodes.Status400BadRequest),
                _ => Results.Text(ReportJson.Serialize(report), "application/json; charset=utf-8"),
            };
        }).DisableAntiforgery();

        return endpoints;
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    private static IResult Expired() => Results.Content(
        ValidatorPage.Render(null, null, "Ce rapport n'est plus disponible (il est gardé 30 minutes) : validez le fichier à nouveau.", null),
        "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
