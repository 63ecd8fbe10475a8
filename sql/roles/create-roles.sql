-- The roles the Mirante applications connect as, run once per PostgreSQL server by an administrator
-- (a superuser, or a role with CREATEROLE), after the owner and the database exist:
--
--   CREATE ROLE mirante LOGIN PASSWORD '...';          -- the owner: owns the database, runs migrations
--   CREATE DATABASE mirante OWNER mirante;
--   psql -v ON_ERROR_STOP=1 -v owner=mirante -v gateway_password=... -v query_password=... \
--        -v grafana_password=... -d mirante -f sql/roles/create-roles.sql
--
-- The roles get no rights here: each migration grants them exactly theirs, after every run
-- (sql/event-store/afterMigrate__grants.sql, sql/query/afterMigrate__grants.sql), so rights follow the
-- schema as it changes. Roles created after the applications' first start get them at the next start.
-- docker-compose.yml runs this script through compose/postgres-init.sh; the local run and the tests that
-- ask for it through embedded-infra. Other names: create them instead and set mirante.database.roles.*.

-- The ingestion gateway: appends events, never changes one.
CREATE ROLE mirante_gateway LOGIN PASSWORD :'gateway_password';
-- The query side: reads the event store, owns the query model.
CREATE ROLE mirante_query LOGIN PASSWORD :'query_password';
-- Grafana: reads the query-model tables its dashboards use, nothing else.
CREATE ROLE mirante_grafana LOGIN PASSWORD :'grafana_password';

-- The owner hands the query model's tables to the query side's role, and migrates them afterwards:
-- both need membership in that role (it gives the owner the query role's rights, never the reverse).
GRANT mirante_query TO :"owner";

-- An API read may spill to temporary files only up to mirante.query.api.temp-file-limit, a limit only a
-- superuser may let a role set. Run by a role that is not one, the query side reads with its statement
-- timeout alone, and says so at start.
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        GRANT SET ON PARAMETER temp_file_limit TO mirante_query;
    ELSE
        RAISE NOTICE 'Not a superuser: mirante_query may not set temp_file_limit (ask one to GRANT SET ON PARAMETER temp_file_limit TO mirante_query)';
    END IF;
END
$$;
