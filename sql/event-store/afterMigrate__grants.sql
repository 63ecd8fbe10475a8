-- The runtime roles' rights on the event store, granted after every migration by the migration user
-- (the owner) with the role names of mirante.database.roles as placeholders. A role that does not exist
-- is skipped, so an installation where everything connects as the owner changes nothing. Each role
-- first loses every right on the schema's tables, then gets exactly those below: the rights are what
-- this file says, whatever was granted before. One transaction: no role is ever without its rights.
-- A new table of the event store needs its line here for each role that uses it.
DO $$
BEGIN
    -- The gateway appends events and reads aggregates' histories; it can never change or remove an
    -- event (no UPDATE, DELETE or TRUNCATE). It creates guests' data keys when it seals and deletes
    -- them when a guest is erased (crypto-shredding), and keeps the charge-to-invoice lookup.
    -- Snapshots are neither taken nor read (SnapshotFreeEventStorageEngine).
    IF to_regrole('${gatewayRole}') IS NOT NULL THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM ${gatewayRole};
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} FROM ${gatewayRole};
        GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${gatewayRole};
        GRANT SELECT, INSERT ON ${flyway:defaultSchema}.domain_event_entry TO ${gatewayRole};
        GRANT USAGE ON SEQUENCE ${flyway:defaultSchema}.domain_event_entry_global_index_seq TO ${gatewayRole};
        GRANT SELECT, INSERT, DELETE ON ${flyway:defaultSchema}.personal_data_key TO ${gatewayRole};
        GRANT SELECT, INSERT, UPDATE ON ${flyway:defaultSchema}.charge_invoice TO ${gatewayRole};
    END IF;

    -- The query side reads the events (its processors, the processors API's head and backlog) and
    -- the wrapped data keys it opens guests' data with; it writes nothing here.
    IF to_regrole('${queryRole}') IS NOT NULL THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM ${queryRole};
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} FROM ${queryRole};
        GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${queryRole};
        GRANT SELECT ON ${flyway:defaultSchema}.domain_event_entry TO ${queryRole};
        GRANT SELECT ON ${flyway:defaultSchema}.personal_data_key TO ${queryRole};
    END IF;

    -- Grafana reads nothing of the event store: not the events, not the keys.
    IF to_regrole('${grafanaRole}') IS NOT NULL THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM ${grafanaRole};
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} FROM ${grafanaRole};
        REVOKE ALL ON SCHEMA ${flyway:defaultSchema} FROM ${grafanaRole};
    END IF;
END
$$;
