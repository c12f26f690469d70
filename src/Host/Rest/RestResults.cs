using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Rest;

/// <summary>REST v1's responses: JSON with French letters unescaped, FastAPI-like 422 and 404 bodies.</summary>
internal static class RestResults
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IResult Ok<T>(T value) => Results.Json(value, Json);

    public static IResult Invalid(IReadOnlyList<RestError> errors) =>
        Results.Json(new RestErrorBody<IReadOnlyList<RestError>>(errors), Json, statusCode: StatusCodes.Status422UnprocessableEntity);

    public static IResult Busy(string message) => Results.Json(new RestErrorBody<string>(message), Json, statusCode: StatusCodes.Status503ServiceUnavailable);

    public static IResult NotFound() => Results.Json(new RestErrorBody<string>("Not Found"), Json, statusCode: StatusCodes.Status404NotFound);
}
