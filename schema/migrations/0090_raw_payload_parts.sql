-- Issue 8: a payload larger than one part (Pipeline__RawPartBytes, 4 MB by default) is stored as consecutive parts
-- instead of one bytea value, so that neither the run nor remap ever holds a whole feed file in memory, and a feed
-- larger than bytea's 1 GB limit can still be kept. raw.payloads keeps one row per payload (content NULL when it
-- is in parts, size = its length in bytes); smaller payloads (API pages) stay inline as before.
ALTER TABLE raw.payloads ALTER COLUMN content DROP NOT NULL;
ALTER TABLE raw.payloads ADD COLUMN size bigint;

CREATE TABLE raw.payload_parts (
    payload_id  bigint  NOT NULL REFERENCES raw.payloads (id) ON DELETE CASCADE,
    part        integer NOT NULL,
    content     bytea   NOT NULL,
    PRIMARY KEY (payload_id, part)
);

-- Stored as is, out of line: compressing (pglz) hundreds of MB of JSON costs the server more than the disk it saves.
ALTER TABLE raw.payload_parts ALTER COLUMN content SET STORAGE EXTERNAL;
