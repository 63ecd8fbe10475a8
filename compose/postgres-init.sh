#!/bin/sh
# Runs once, on the empty database: Grafana's read-only role. The schemas and tables do not exist
# yet (the applications create them at start), so the grants are default privileges on whatever
# the mirante role creates later.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v password="$GRAFANA_DB_PASSWORD" <<'SQL'
CREATE ROLE grafana LOGIN PASSWORD :'password';
ALTER DEFAULT PRIVILEGES FOR ROLE mirante GRANT USAGE ON SCHEMAS TO grafana;
ALTER DEFAULT PRIVILEGES FOR ROLE mirante GRANT SELECT ON TABLES TO grafana;
SQL
