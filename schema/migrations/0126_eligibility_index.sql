-- Issue 8/12 API latency: searchServices' eligibility (`zone_eligibilite IS NULL OR zone_eligibilite && zones`, GeoSearch)
-- was checked on the heap only. Nationally most services are also remote (a-distance), so near a commune the catégorie ∩
-- (range ∪ remote) bitmap held ~18,000 rows, each fetched to keep the ~100 eligible ones (144–166 ms). A GIN index on the
-- zones and a partial index on the rows without zone let the planner AND a (zones ∪ no zone) bitmap in: ~1,000 rows.
CREATE INDEX services_zone_eligibilite_idx ON marts.services USING gin (zone_eligibilite);
CREATE INDEX services_zone_eligibilite_null_idx ON marts.services (id) WHERE zone_eligibilite IS NULL;
