using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Web;

/// <summary>
/// The admin pages need the token of <c>DATAINCLUSION_ADMIN_TOKEN</c>, as a bearer token (scripts) or as the password
/// of HTTP Basic authentication (browsers ask for it natively). Without a configured token the pages are disabled.
/// </summary>
internal static class AdminAuthorization
{
    public const string TokenVariable = "DATAINCLUSION_ADMIN_TOKEN";

    public static IResult? Check(HttpContext context, string? configuredToken)
    {
        if (string.IsNullOrEmpty(configuredToken))
        {
            return Results.Text($"The admin pages are disabled: set {TokenVariable}.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var presented = PresentedToken(context.Request.Headers.Authorization.ToString());
        if (presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(configuredToken)))
        {
            return null;
        }

        context.Response.Headers.WWWAuthenticate = "Basic realm=\"DataInclusion admin\", charset=\"UTF-8\"";
        return Results.Text("Authentication required: the admin token as a bearer token or as the Basic password.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static string? PresentedToken(string header)
    {
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                return colon < 0 ? null : decoded[(colon + 1)..];
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return null;
    }
}
