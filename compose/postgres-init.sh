#!/bin/sh
# Runs once, on the empty database, as its owner (POSTGRES_USER): creates the roles the applications
# and Grafana connect as, with sql/roles/create-roles.sql (mounted at /mirante). They get no rights
# here: the migrations the applications run at start, as the owner, grant each its own.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v owner="$POSTGRES_USER" \
    -v gateway_password="$GATEWAY_DB_PASSWORD" \
    -v query_password="$QUERY_DB_PASSWORD" \
    -v grafana_password="$GRAFANA_DB_PASSWORD" \
    -f /mirante/create-roles.sql
