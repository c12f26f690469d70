-- Issue 8: lz4 instead of pglz for the wide values PostgreSQL compresses when a row exceeds ~2 kB (TOAST). Measured on
-- the national feed's 149,000 normalised services (PostgreSQL 15, same rows): inserting them costs 6.6 s with lz4
-- against 11.6-12.6 s with pglz, for the same size (581 MB), and reading every record back is 2-3x faster. Only new
-- values are compressed with lz4; existing ones stay readable as they are. raw.payload_parts.content stays uncompressed
-- (STORAGE EXTERNAL, migration 0090): lz4 made its COPY no faster (1.3 s against 1.1 s for 317 MB), only smaller.
ALTER TABLE normalized.structures ALTER COLUMN data SET COMPRESSION lz4;
ALTER TABLE normalized.services ALTER COLUMN data SET COMPRESSION lz4;
ALTER TABLE normalized.staged_structures ALTER COLUMN description SET COMPRESSION lz4;
ALTER TABLE normalized.staged_services ALTER COLUMN description SET COMPRESSION lz4;
ALTER TABLE marts.structures ALTER COLUMN description SET COMPRESSION lz4, ALTER COLUMN search_vector SET COMPRESSION lz4;
ALTER TABLE marts.services ALTER COLUMN description SET COMPRESSION lz4, ALTER COLUMN search_vector SET COMPRESSION lz4;
