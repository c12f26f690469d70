namespace DataInclusion.Fakes;

/// <summary>DRF <c>TokenAuthentication</c> as les emplois and Dora run it, with DRF's French messages.</summary>
public static class DrfAuth
{
    public const string NotProvided = "Informations d'authentification non fournies.";

    public const string InvalidToken = "Token non valide.";

    /// <summary>The 401 answer for a request whose <c>Authorization: Token &lt;key&gt;</c> is missing or wrong, else null.</summary>
    /// <param name="unknownKeyIsAnonymous">True for les emplois' service tokens, whose authenticator treats an unknown key as no key.</param>
    public static FakeResponse? Check(RecordedRequest request, string token, bool unknownKeyIsAnonymous)
    {
        var parts = (request.Header("Authorization") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Token", StringComparison.OrdinalIgnoreCase))
        {
            // Another keyword (e.g. Bearer) is ignored by DRF: the request is anonymous.
            return Unauthorized(NotProvided);
        }

        if (parts[1] == token)
        {
            return null;
        }

        return Unauthorized(unknownKeyIsAnonymous ? NotProvided : InvalidToken);
    }

    public static FakeResponse Unauthorized(string detail) =>
        FakeResponse.Json(401, $$"""{"detail":"{{detail}}"}""").WithHeader("WWW-Authenticate", "Token");
}
