-- Issue 8, the publication's INSERT into marts.services: a services row is ~2.4 kB on average, over the ~2 kB past which
-- PostgreSQL compresses its wide values one by one and moves some out of line into the TOAST table (with its own index).
-- That bought nothing: on the national marts the heap plus TOAST was 294 + 108 MB, the same rows kept whole and
-- uncompressed in the heap 394 MB. The toaster now acts only on a row over 8160 bytes (a page). Measured on an empty clone
-- of marts.services with its indexes, INSERT … SELECT of the 144,598 national rows (PostgreSQL 15, backend CPU, load
-- 16-31): 12.6 / 12.9 s -> 11.7 / 11.0 s; with the primary key alone 3.1 s -> 1.6 s. Readers no longer decompress them.
-- Only rows written from now on are stored so; this migration changes the publication's shape, so the next publication
-- of each source rewrites its rows. marts.structures rows are smaller (1 MB of TOAST nationally): left as they are.
ALTER TABLE marts.services SET (toast_tuple_target = 8160);
