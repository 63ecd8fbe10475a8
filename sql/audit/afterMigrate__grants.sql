-- The runtime roles' rights on the audit trail, granted after every migration by the migration user
-- (the owner), like the event store's (sql/event-store/afterMigrate__grants.sql): a role that does not
-- exist is skipped; each role first loses every right here, then gets exactly those below. Nobody but
-- the owner may change or remove a record: the trail is only ever appended to.
DO $$
BEGIN
    -- The gateway records its operators' actions on dead letters.
    IF to_regrole('${gatewayRole}') IS NOT NULL THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM ${gatewayRole};
        GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${gatewayRole};
        GRANT INSERT ON ${flyway:defaultSchema}.audit_record TO ${gatewayRole};
    END IF;

    -- The query side records its operators' actions and personal-data reads, and lists the trail.
    IF to_regrole('${queryRole}') IS NOT NULL THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM ${queryRole};
        GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${queryRole};
        GRANT SELECT, INSERT ON ${flyway:defaultSchema}.audit_record TO ${queryRole};
    END IF;

    -- Grafana reads nothing of the trail: it names users and their client addresses.
    IF to_regrole('${grafanaRole}') IS NOT NULL THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM ${grafanaRole};
        REVOKE ALL ON SCHEMA ${flyway:defaultSchema} FROM ${grafanaRole};
    END IF;
END
$$;
