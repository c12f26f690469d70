-- Issue 8 "no record can break a run": the SP-GiST quad tree of 0125 (quad_point_ops, the default for points) failed a
-- national publication with "getQuadrant: impossible case". Its choice of a quadrant compares a point with the
-- node's centroid through PostgreSQL's fuzzy comparisons (FPlt/FPeq/FPgt, EPSILON 1e-6), which are not exhaustive in
-- floating point: with a centroid at longitude 1.0, a point at 0.999999 is neither left of it, nor level with it, nor
-- right of it (0.999999 + 1e-6 rounds to 1.0, yet they are more than 1e-6 apart), so inserting it raises an error and
-- rolls the whole publication back. One producer's coordinates could block every run of its source. The k-d tree
-- (kd_point_ops) chooses between two children with one comparison, so every point has a side; it serves the same
-- <@ box searches at the same insert cost (measured: 0.34 s for the 144,598 national services, either tree).
DROP INDEX marts.services_geo_idx;
DROP INDEX marts.structures_geo_idx;
CREATE INDEX services_geo_idx ON marts.services USING spgist (marts.geo_point(latitude, longitude) kd_point_ops);
CREATE INDEX structures_geo_idx ON marts.structures USING spgist (marts.geo_point(latitude, longitude) kd_point_ops);
