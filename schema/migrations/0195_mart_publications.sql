-- Issue 8, republication: a publication writes only the records whose content changed and keeps the other mart rows as
-- they are (LayerStore, UnchangedRecords). marts.*.run_id therefore names the run that last wrote a row's content, not
-- the source's last publication (its latest succeeded run in ops.runs, which the open-data manifest lists).
-- shape is a digest of the publication's statements and of the applied migrations (PublicationShape): a publication
-- whose shape differs from the source's last one (new code, a migration that added a mart column or redefined a function
-- the marts are computed with) rewrites every row of the source once, so no kept row misses what is not in the records'
-- digests. A source published before this migration has no row here: its next publication rewrites it, once.
CREATE TABLE ops.mart_publications (
    source       text PRIMARY KEY,
    run_id       uuid NOT NULL,
    shape        text NOT NULL,
    published_at timestamptz NOT NULL
);
