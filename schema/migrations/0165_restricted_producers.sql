-- Restricted producer sources (issue 12 §2): an operator may keep a producer's rows to the API tokens granted its
-- source (`producers restrict SLUG`), as the registry does for built-in ones. Read by SourceCatalog into
-- SourceDefinition.IsRestricted, so the API, the dumps and the home page all follow the one rule (SourceVisibility).
ALTER TABLE ops.producers ADD COLUMN restricted boolean NOT NULL DEFAULT false;
