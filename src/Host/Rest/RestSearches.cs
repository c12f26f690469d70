using DataInclusion.Host.Api;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Rest;

/// <summary>
/// <c>/search/services</c> (<see cref="ServiceSearch"/>: eligibility, range, remote services) and <c>/search</c>
/// (<see cref="TextSearch"/>): the GraphQL searches' code, with data·inclusion's parameters and item shapes.
/// </summary>
internal static class RestSearches
{
    // A search the gate refused (every slot busy for its queue timeout) is a 503, as data·inclusion's own overload answers.
    public static Task<IResult> ServicesAsync(HttpContext context, CancellationToken cancellationToken) =>
        RefusedWhenBusyAsync(() => SearchServicesAsync(context, cancellationToken));

    public static Task<IResult> SearchAsync(HttpContext context, CancellationToken cancellationToken) =>
        RefusedWhenBusyAsync(() => SearchTextAsync(context, cancellationToken));

    private static async Task<IResult> RefusedWhenBusyAsync(Func<Task<IResult>> search)
    {
        try
        {
            return await search();
        }
        catch (SearchBusyException busy)
        {
            return RestResults.Busy(busy.Message);
        }
    }

    private static async Task<IResult> SearchServicesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = RestQuery.From(context);
        var arguments = new RestArguments(context.Request.Query, RestParameters.SearchServices);
        var (filter, origin, paging) = await ReadAsync(arguments, query, cancellationToken);
        var after = Keyed(arguments, paging);
        if (arguments.Errors.Count > 0)
        {
            return RestResults.Invalid(arguments.Errors);
        }

        var (rows, hasNext) = await query.ServiceSearch.PageAsync(filter, query.Visibility, origin, paging.Size, after, paging.Offset, RestRows.ServiceColumns, cancellationToken);
        var services = await RestLoads.DetailedServicesAsync(query, rows, cancellationToken);
        var items = services.Select((service, i) => new RestServiceHit(service, RestRows.Kilometres(rows[i].GetValueOrDefault("distanceKm") as double?))).ToList();
        var total = FirstAndLast(paging, after, hasNext) ? items.Count : await query.ServiceSearch.CountAsync(filter, query.Visibility, origin, cancellationToken);
        var next = hasNext ? Cursor.Encode(rows[^1].GetValueOrDefault("distanceKm") as double?, (string)rows[^1]["id"]!) : null;
        return RestResults.Ok(Envelope(items, total, paging, next));
    }

    private static async Task<IResult> SearchTextAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = RestQuery.From(context);
        var arguments = new RestArguments(context.Request.Query, RestParameters.Search);
        var q = arguments.Text("q");
        if (q is null || string.IsNullOrWhiteSpace(q) || q.Length > 500)
        {
            arguments.Errors.Add(RestError.Query("q", "donnez de 1 à 500 caractères à chercher.", q));
        }

        var (filter, origin, paging) = await ReadAsync(arguments, query, cancellationToken);
        var after = Keyed(arguments, paging);
        if (arguments.Errors.Count > 0)
        {
            return RestResults.Invalid(arguments.Errors);
        }

        var (hits, hasNext) = await query.TextSearch.PageAsync(q!, filter, query.Visibility, origin, paging.Size, after, paging.Offset, cancellationToken);
        var services = (await RestLoads.DetailedServicesAsync(query,
            await query.Marts.WhereInAsync(MartsReader.Services, "id", Ids(hits, "service"), query.Visibility, RestRows.ServiceColumns, cancellationToken), cancellationToken))
            .ToDictionary(s => s.Id);
        var structures = (await RestLoads.DetailedStructuresAsync(query,
            await query.Marts.WhereInAsync(MartsReader.Structures, "id", Ids(hits, "structure"), query.Visibility, RestRows.StructureColumns, cancellationToken), cancellationToken))
            .ToDictionary(s => s.Id);
        var items = hits.Select(hit => new RestSearchHit(
            services.GetValueOrDefault(hit.Id) is { } s && hit.Kind == "service" ? s : null,
            structures.GetValueOrDefault(hit.Id) is { } st && hit.Kind == "structure" ? st : null,
            RestRows.Kilometres(hit.DistanceKm), Math.Round(hit.Score, 2))).ToList();
        var total = FirstAndLast(paging, after, hasNext) ? items.Count : await query.TextSearch.CountAsync(q!, filter, query.Visibility, origin, cancellationToken);
        return RestResults.Ok(Envelope(items, total, paging, hasNext ? Cursor.Encode(hits[^1].Score, hits[^1].Id) : null));
    }

    // The filter (code_commune is the person's place here), the resolved place and the page; errors collect in arguments.
    private static async Task<(MartFilter Filter, SearchOrigin? Origin, RestPaging Paging)> ReadAsync(
        RestArguments arguments, RestQuery query, CancellationToken cancellationToken)
    {
        var (filter, filterErrors) = MartFilterValidation.Resolve(arguments.Filter(codeCommuneIsOrigin: true));
        arguments.Add(filterErrors);
        var area = arguments.Area();
        var paging = arguments.Paging();
        var (origin, areaErrors) = await query.Geo.ResolveAsync(area, cancellationToken);
        arguments.Add(areaErrors);
        return (filter, origin, paging);
    }

    private static (double? Key, string Id)? Keyed(RestArguments arguments, RestPaging paging)
    {
        if (paging.Cursor is not { } cursor)
        {
            return null;
        }

        var keyed = Cursor.DecodeKeyed(cursor);
        if (keyed is null)
        {
            arguments.Errors.Add(RestError.Query("cursor", "ce curseur n’est pas un champ next rendu par cette recherche.", cursor));
        }

        return keyed;
    }

    private static List<string> Ids(IReadOnlyList<SearchHit> hits, string kind) => hits.Where(h => h.Kind == kind).Select(h => h.Id).ToList();

    // The count reads every match: skipped when the first page holds them all.
    private static bool FirstAndLast(RestPaging paging, object? after, bool hasNext) => paging.Offset == 0 && after is null && !hasNext;

    private static RestPage<T> Envelope<T>(List<T> items, int total, RestPaging paging, string? next) =>
        new(items, total, paging.Cursor is null ? paging.Page : null, items.Count, paging.Pages(total), next);
}
