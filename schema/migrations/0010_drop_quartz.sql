-- Scheduling moved from Quartz.NET to Hangfire (issue 7): the Quartz job store of 0003 is no longer read by anything.
-- Hangfire.PostgreSql keeps its own tables in schema "hangfire", which it installs and upgrades itself.
DROP SCHEMA IF EXISTS scheduler CASCADE;
