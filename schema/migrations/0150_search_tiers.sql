-- Issue 12 §1 search(q) at national scale: a tiered order PostgreSQL can stop early on.
-- ts_rank_cd ranked every match, so a common word (nationally, "véhicule": 138,000 of 243,000 rows) read every
-- matching row and its 700-byte vector before the LIMIT (≈ 0.6–0.9 s a page). The order is now:
--   tier 1: the query matches the name alone (weight A of search_vector),
--   tier 2: it matches the name and labels (A + B: thématiques, publics, réseaux porteurs, publics_precisions),
--   tier 3: it needs the description (C): descriptions only filter;
-- then, within a tier, names with fewer distinct words first (the query is more of the name), then id.
-- Every tier is read in (name length, id) order from the btree below, the tier's match as a filter: a common word
-- fills a page after a few hundred rows; a rare one goes through the GIN index of search_vector and a small sort.

-- The name's and the name-and-labels' parts of a row's vector (no parsing: the weights of 0122/0124 are kept in it).
-- SQL-standard bodies: inlined, and resolved at creation (safe under an empty search_path, as an index needs).
CREATE FUNCTION marts.search_name(v tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN pg_catalog.ts_filter(v, '{a}');

CREATE FUNCTION marts.search_head(v tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN pg_catalog.ts_filter(v, '{a,b}');

-- Distinct words of the name: the within-tier key.
CREATE FUNCTION marts.search_name_length(v tsvector) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(pg_catalog.length(pg_catalog.ts_filter(v, '{a}')), 0);

-- 1, 2 or 3 as above (null when the row does not match at all).
CREATE FUNCTION marts.search_tier(v tsvector, q tsquery) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN pg_catalog.ts_filter(v, '{a}') OPERATOR(pg_catalog.@@) q THEN 1
    WHEN pg_catalog.ts_filter(v, '{a,b}') OPERATOR(pg_catalog.@@) q THEN 2
    WHEN v OPERATOR(pg_catalog.@@) q THEN 3
END;

-- The score the API shows, in (0, 5/6], decreasing along the order: (3 − tier + 0.5 / (1 + name length)) / 3, so tier 1
-- lies in (2/3, 5/6], tier 2 in (1/3, 1/2], tier 3 in (0, 1/6]. SearchRank (C#) decodes a cursor's score with it.
CREATE FUNCTION marts.search_score(v tsvector, q tsquery) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (3 - marts.search_tier(v, q) + 0.5::double precision / (1 + marts.search_name_length(v))) / 3;

-- A word found in few names: its tier-1 rows through a small GIN index of the names (≈ 2 MB nationally) rather than
-- through every row whose vector matches.
CREATE INDEX services_search_name_idx ON marts.services USING gin (marts.search_name(search_vector));
CREATE INDEX structures_search_name_idx ON marts.structures USING gin (marts.search_name(search_vector));

CREATE INDEX services_search_order_idx ON marts.services (marts.search_name_length(search_vector), id);
CREATE INDEX structures_search_order_idx ON marts.structures (marts.search_name_length(search_vector), id);

-- The planner's choice between the ordered scan (a common word) and the GIN bitmap (a rare one) rests on the share of
-- rows whose name, or name and labels, match: statistics on those two expressions give it (ANALYZE, not the inserts).
CREATE STATISTICS marts.services_search_tiers ON (marts.search_name(search_vector)), (marts.search_head(search_vector)) FROM marts.services;
CREATE STATISTICS marts.structures_search_tiers ON (marts.search_name(search_vector)), (marts.search_head(search_vector)) FROM marts.structures;
