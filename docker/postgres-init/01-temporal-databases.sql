-- Temporal's own databases, beside the app's `kinship` (POSTGRES_DB). The postgres image runs
-- this only when it initialises an empty data volume; auto-setup then creates the schemas
-- (and would create these databases itself if they were missing).
CREATE DATABASE temporal;
CREATE DATABASE temporal_visibility;
