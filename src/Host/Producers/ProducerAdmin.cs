namespace DataInclusion.Host.Producers;

/// <summary>An operator's actions on producer accounts, with their checks: behind both the CLI and <c>/admin/producers</c>.</summary>
internal sealed class ProducerAdmin(ProducerStore producers)
{
    /// <summary>The new account's token, or why it was not created.</summary>
    public async Task<(string? Token, string? Problem)> AddAsync(string slug, string name, string? contact, bool inOpenData, CancellationToken cancellationToken)
    {
        if (ProducerSlug.Problem(slug) is { } problem)
        {
            return (null, problem);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, "a producer needs a name (--name)");
        }

        contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim();
        if (contact is not null && (contact.Length > 254 || contact.IndexOf('@', StringComparison.Ordinal) is < 1 || contact.EndsWith('@') || contact.Any(char.IsWhiteSpace)))
        {
            return (null, $"'{contact}' is not an e-mail address");
        }

        var token = await producers.AddAsync(slug, name.Trim(), contact, inOpenData, cancellationToken);
        return token is null ? (null, $"a producer named '{slug}' already exists (rotate its token instead)") : (token, null);
    }

    public async Task<(string? Token, string? Problem)> RotateAsync(string slug, CancellationToken cancellationToken) =>
        await producers.RotateAsync(slug, cancellationToken) is { } token ? (token, null) : (null, $"no producer is named '{slug}'");

    public async Task<string?> RevokeAsync(string slug, CancellationToken cancellationToken) =>
        await producers.RevokeAsync(slug, cancellationToken) ? null : $"no producer is named '{slug}'";

    /// <summary>
    /// Restricts the producer's source to the API tokens granted it (issue 12 §2), or lifts the restriction. Grants are
    /// given with <c>tokens create --sources SLUG</c>; a restricted source also leaves the open-data dumps.
    /// </summary>
    public async Task<string?> SetRestrictedAsync(string slug, bool restricted, CancellationToken cancellationToken) =>
        await producers.SetRestrictedAsync(slug, restricted, cancellationToken) ? null : $"no producer is named '{slug}'";
}
