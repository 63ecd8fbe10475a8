-- The runtime roles' rights on the query model, granted after every migration by the migration user
-- with the role names of mirante.database.roles as placeholders; a role that does not exist is skipped.
DO $$
DECLARE
    relation RECORD;
BEGIN
    -- The query side's role owns the query model's tables and views (the migration user keeps the
    -- schema and Flyway's history): a zero-downtime rebuild builds a model's tables in a schema of its
    -- own and exchanges them with the live ones by moving tables between schemas, which PostgreSQL
    -- allows only to a table's owner, so the role may also create schemas in this database. The
    -- migration user must be a member of the role (sql/roles/create-roles.sql) to hand tables to it
    -- and to migrate them later. Rebuild schemas left by an older installation are handed over too.
    IF to_regrole('${queryRole}') IS NOT NULL THEN
        EXECUTE format('GRANT CREATE ON DATABASE %I TO ${queryRole}', current_database());
        GRANT USAGE, CREATE ON SCHEMA ${flyway:defaultSchema} TO ${queryRole};
        FOR relation IN
            SELECT n.nspname AS schema_name, c.relname AS name, c.relkind AS kind
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p', 'v')
               AND ((n.nspname = '${flyway:defaultSchema}' AND c.relname <> '${flyway:table}')
                    OR starts_with(n.nspname, '${flyway:defaultSchema}_rebuild_')
                    OR starts_with(n.nspname, '${flyway:defaultSchema}_retired_'))
               AND pg_get_userbyid(c.relowner) <> '${queryRole}'
        LOOP
            EXECUTE format('ALTER %s %I.%I OWNER TO ${queryRole}',
                           CASE relation.kind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, relation.schema_name, relation.name);
        END LOOP;
        FOR relation IN
            SELECT nspname AS schema_name FROM pg_namespace
             WHERE (starts_with(nspname, '${flyway:defaultSchema}_rebuild_')
                    OR starts_with(nspname, '${flyway:defaultSchema}_retired_'))
               AND pg_get_userbyid(nspowner) <> '${queryRole}'
        LOOP
            EXECUTE format('ALTER SCHEMA %I OWNER TO ${queryRole}', relation.schema_name);
        END LOOP;
    END IF;

    -- Grafana reads exactly the tables its dashboards and alert rules read (grafana/dashboards/*.json,
    -- grafana/provisioning/alerting), and the event store's head through its view: no guest, no
    -- dead letter, nothing of the event store. A rebuild gives the new tables the live ones' grants
    -- (RebuildTables). A table a dashboard starts to read needs its line here.
    IF to_regrole('${grafanaRole}') IS NOT NULL THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM ${grafanaRole};
        GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${grafanaRole};
        GRANT SELECT ON ${flyway:defaultSchema}.hotels, ${flyway:defaultSchema}.hotel_daily_hotel,
                        ${flyway:defaultSchema}.hotel_daily_night, ${flyway:defaultSchema}.reservations,
                        ${flyway:defaultSchema}.room_board, ${flyway:defaultSchema}.token_entry,
                        ${flyway:defaultSchema}.event_store_head, ${flyway:defaultSchema}.legacy_table_change
              TO ${grafanaRole};
    END IF;

    -- The gateway has no business in the query model.
    IF to_regrole('${gatewayRole}') IS NOT NULL THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM ${gatewayRole};
        REVOKE ALL ON SCHEMA ${flyway:defaultSchema} FROM ${gatewayRole};
    END IF;
END
$$;
