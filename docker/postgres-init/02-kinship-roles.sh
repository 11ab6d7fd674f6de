#!/bin/sh
# The app database's two roles (README, "Audit trail and access log"): kinship_owner owns the
# schema and runs migrations; kinship_app is what the API and the worker connect as, and may only
# INSERT and SELECT the audit tables. Runs only when the postgres image initialises an empty volume.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$KINSHIP_OWNER_PASSWORD" -v app_password="$KINSHIP_APP_PASSWORD" <<'SQL'
CREATE ROLE kinship_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE kinship_app LOGIN PASSWORD :'app_password';
ALTER DATABASE kinship OWNER TO kinship_owner;
ALTER SCHEMA public OWNER TO kinship_owner;
SQL
