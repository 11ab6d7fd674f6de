#!/bin/sh
# Temporal's own role and databases, beside the app's `kinship` (POSTGRES_DB): `temporal` owns
# `temporal` and `temporal_visibility` and nothing else (not a superuser, no right on `kinship`).
# The temporal-schema job sets up their schemas with temporal-sql-tool. As `npm run cluster` does
# (scripts/lib/temporal-production-server.js). Runs only when the image initialises an empty volume.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE temporal LOGIN PASSWORD :'temporal_password';
CREATE DATABASE temporal OWNER temporal;
CREATE DATABASE temporal_visibility OWNER temporal;
SQL
