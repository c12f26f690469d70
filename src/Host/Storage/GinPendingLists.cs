namespace DataInclusion.Host.Storage;

/// <summary>
/// The last statement of a publication: merges the pending lists of the marts' GIN indexes into their trees before COMMIT.
/// </summary>
/// <remarks>
/// GIN indexes keep <c>fastupdate</c> on: the INSERTs append each row's keys to a pending list, merged in bulk every 4 MB
/// (<c>gin_pending_list_limit</c>). Turned off, each key went into the tree one by one: the structures' INSERT cost 18.7 s
/// of backend CPU against 5.4 s (national, empty clone). A larger limit with one merge at the end was no cheaper (services,
/// two pairs: 13.4 / 13.9 s today, 14.5 / 13.1 s with 2 GB, 13.3 / 13.1 s with 32 MB, merge included). But the list
/// left at the end stays until autovacuum (a manual ANALYZE does not merge it), and every reader of the index scans it
/// whole: a national first publication left 1,851 pending pages in the services' indexes, and a name search took 498 ms
/// on them against under 1 ms once merged. Merging costs 0.1–0.2 s of CPU per mart.
/// </remarks>
internal static class GinPendingLists
{
    // gin_clean_pending_list needs the index's owner: the publication's role, which ran the migrations.
    public const string Clean = """
        SELECT gin_clean_pending_list(i.indexrelid::regclass)
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE a.amname = 'gin' AND i.indrelid IN ('marts.structures'::regclass, 'marts.services'::regclass)
            AND $1::uuid IS NOT NULL AND $2::text IS NOT NULL
        """;
}
