-- A sample of each run's validation errors, kept with the run even after its normalised rows are pruned.
ALTER TABLE ops.runs ADD COLUMN invalid_sample jsonb;
