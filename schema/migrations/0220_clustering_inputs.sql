-- Issue 8: a clustering whose inputs are the last clustering's is skipped (StructureClustering, ClusteringInputs).
-- inputs is a digest of what a clustering left behind: the clusterer's code, every published structure's clustering
-- columns with the cluster it was given, and the map. NULL for a failed clustering and for those before this migration
-- (the next one then clusters). skipped marks a clustering that found its inputs unchanged; cross_source keeps the
-- count of clusters spanning several sources so that a skipped clustering can report it.
ALTER TABLE ops.clusterings ADD COLUMN inputs text;
ALTER TABLE ops.clusterings ADD COLUMN cross_source integer;
ALTER TABLE ops.clusterings ADD COLUMN skipped boolean NOT NULL DEFAULT false;
