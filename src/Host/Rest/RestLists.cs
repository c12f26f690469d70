using DataInclusion.Host.Api;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Rest;

/// <summary><c>/structures</c>, <c>/services</c> and their lookups by id: keyset or numbered pages of <see cref="MartsReader"/>.</summary>
internal static class RestLists
{
    public static async Task<IResult> StructuresAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = RestQuery.From(context);
        var page = await PageAsync(context, query, MartsReader.Structures, RestParameters.Structures, RestRows.StructureColumns, cancellationToken);
        if (page.Errors is { } errors)
        {
            return RestResults.Invalid(errors);
        }

        var doublons = await RestLoads.DoublonsAsync(query, page.Rows, cancellationToken);
        var items = page.Rows.Select(RestRows.Structure)
            .Select(s => new RestListedStructure(s, [.. doublons[s.Id].Select(d => new RestRecordRef(d.Source, d.Id))]))
            .ToList();
        return RestResults.Ok(page.Envelope(items));
    }

    public static async Task<IResult> ServicesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = RestQuery.From(context);
        var page = await PageAsync(context, query, MartsReader.Services, RestParameters.Services, RestRows.ServiceColumns, cancellationToken);
        return page.Errors is { } errors ? RestResults.Invalid(errors) : RestResults.Ok(page.Envelope(page.Rows.Select(RestRows.Service).ToList()));
    }

    public static async Task<IResult> StructureAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        var query = RestQuery.From(context);
        var rows = await query.Marts.WhereInAsync(MartsReader.Structures, "id", [id], query.Visibility, RestRows.StructureColumns, cancellationToken);
        return rows.Count == 0 ? RestResults.NotFound() : RestResults.Ok((await RestLoads.DetailedStructuresAsync(query, rows, cancellationToken))[0]);
    }

    public static async Task<IResult> ServiceAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        var query = RestQuery.From(context);
        var rows = await query.Marts.WhereInAsync(MartsReader.Services, "id", [id], query.Visibility, RestRows.ServiceColumns, cancellationToken);
        return rows.Count == 0 ? RestResults.NotFound() : RestResults.Ok((await RestLoads.DetailedServicesAsync(query, rows, cancellationToken))[0]);
    }

    private static async Task<ListPage> PageAsync(
        HttpContext context, RestQuery query, string table, RestParameter[] parameters, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        var arguments = new RestArguments(context.Request.Query, parameters);
        var (filter, filterErrors) = MartFilterValidation.Resolve(arguments.Filter());
        arguments.Add(filterErrors);
        var paging = arguments.Paging();
        var afterId = paging.Cursor is { } cursor ? Cursor.Decode(cursor) : null;
        if (paging.Cursor is not null && afterId is null)
        {
            arguments.Errors.Add(RestError.Query("cursor", "ce curseur n’est pas un champ next rendu par cette liste.", paging.Cursor));
        }

        if (arguments.Errors.Count > 0)
        {
            return new ListPage([], paging, 0, false, arguments.Errors);
        }

        var (rows, hasNext) = afterId is not null
            ? await query.Marts.PageAsync(table, filter, query.Visibility, paging.Size, afterId, columns, cancellationToken)
            : await query.Marts.OffsetPageAsync(table, filter, query.Visibility, paging.Offset, paging.Size, columns, cancellationToken);
        // The count reads every match: skipped when the first page holds them all.
        var total = paging.Offset == 0 && afterId is null && !hasNext ? rows.Count : await query.Marts.CountAsync(table, filter, query.Visibility, cancellationToken);
        return new ListPage(rows, paging, total, hasNext, null);
    }

    private sealed record ListPage(
        IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows, RestPaging Paging, int Total, bool HasNext, IReadOnlyList<RestError>? Errors)
    {
        public RestPage<T> Envelope<T>(IReadOnlyList<T> items) => new(
            items, Total, Paging.Cursor is null ? Paging.Page : null, items.Count, Paging.Pages(Total),
            HasNext ? Cursor.Encode((string)Rows[^1]["id"]!) : null);
    }
}
